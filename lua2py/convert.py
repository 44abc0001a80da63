"""`lua2py convert` and `lua2py check`: Lua files and trees to Python, like a build tool.

Files are converted in parallel (`-j N` worker processes, default one per core: the
compiler is CPU-bound Python), largest first.  On a terminal a progress bar (tqdm,
counting Lua lines) runs on stderr and a summary line ends the run; otherwise only
errors are printed, in the order of the inputs.  A file that fails to convert writes
nothing, and a `.py` that lua2py did not write is never overwritten without --force.
"""
import os
import sys
import time

MAIN_EPILOGUE = (
    'if __name__ == "__main__":\n'
    "    from lua2py.runner import run_module\n"
    "    run_module(__lua_chunk__, __file__)\n"
)


def _err(msg):
    sys.stdout.flush()
    sys.stderr.write("lua2py: %s\n" % msg)
    sys.stderr.flush()


def lua_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__luacache__" and not d.startswith("."))
        for fn in sorted(filenames):
            if fn.endswith(".lua"):
                out.append(os.path.join(dirpath, fn))
    return out


def _syntax_error_types():
    try:
        from .transpiler import LuaSyntaxError
    except ImportError:
        from .transpiler.frontend import LuaSyntaxError
    return LuaSyntaxError


def _lua_string(path):
    """A Python path as a Lua string (its bytes, one character each)."""
    return os.fsencode(path).decode("latin-1")


def read_source(path):
    """(source, None) or (None, message) for a Python path, read as lua5.4 reads a file."""
    from .runtime.stdlib.lbase import read_source_file

    return read_source_file(_lua_string(path))


def is_lua2py_output(path):
    from .runtime.stdlib.lpackage import CONVERTED_MARK  # what the converted-module searcher looks for

    try:
        with open(path, "rb") as fh:
            return CONVERTED_MARK in fh.read()
    except OSError:
        return False


def _format_black(text):
    try:
        import black
    except ImportError:
        raise RuntimeError("--format needs black (pip install black)") from None
    return black.format_str(text, mode=black.Mode())


def convert_one(src_path, out_path, chunkname, fmt=False, force=False):
    """Convert one file; returns an error message or None.  Writes nothing on failure."""
    from .transpiler import python_source

    source, err = read_source(src_path)
    if err is not None:
        return err
    if os.path.exists(out_path) and not force and not is_lua2py_output(out_path):
        return "%s: not overwriting a file that lua2py did not write (use --force)" % out_path
    try:
        # black renumbers the lines: a formatted module carries its generator versions
        text = python_source(source, chunkname, gens=fmt)
    except _syntax_error_types() as e:
        return str(e)
    except RecursionError:
        return "%s: chunk has too many syntax levels" % src_path
    except Exception as e:  # a compiler bug: reported for this file, the others go on
        return "%s: internal error: %s: %s" % (src_path, e.__class__.__name__, e)
    if "run_module" not in text:
        text = text.rstrip("\n") + "\n\n" + MAIN_EPILOGUE
    if fmt:
        try:
            text = _format_black(text)
        except RuntimeError as e:
            return str(e)
        except Exception as e:  # black's own failures
            return "%s: black failed: %s: %s" % (src_path, e.__class__.__name__, e)
    return _write_atomically(out_path, text)


def _write_atomically(out_path, text):
    d = os.path.dirname(os.path.abspath(out_path))
    try:
        os.makedirs(d, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".lua2py-", suffix=".py.tmp", dir=d)
    except OSError as e:
        return "%s: %s" % (out_path, e.strerror or e)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, out_path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, Exception):
            return "%s: %s" % (out_path, e)
        raise
    return None


def _py_name(lua_path):
    return (lua_path[:-4] if lua_path.endswith(".lua") else lua_path) + ".py"


def _count_lines(path):
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return 0
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def _job(job):
    """Worker: (index, error message or None)."""
    index, src, target, chunkname, fmt, force = job[:6]
    msg = convert_one(src, target, chunkname, fmt=fmt, force=force)
    if msg is None and len(job) > 6 and job[6]:
        msg = compile_twin(src, target, chunkname)
    return index, msg


def compile_twin(src, target, chunkname):
    """--cython: the compiled twin of the converted module `target` (lua2py/cybuild.py)."""
    from . import cybuild

    source, err = read_source(src)
    if err is not None:
        return err
    try:
        cybuild.build_twin(source, chunkname, target)
    except Exception as e:
        return "%s: --cython: cannot compile (%s: %s)" % (src, e.__class__.__name__,
                                                           (str(e).splitlines() or [""])[0])
    return None


def _default_jobs():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _progress(total_lines, nfiles, enabled, desc="converting"):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # a declared dependency; without it, no bar
        return None
    return tqdm(total=total_lines, unit=" lines", unit_scale=True, file=sys.stderr, leave=False,
                desc=desc, postfix="0/%d files" % nfiles, dynamic_ncols=True)


def run_jobs(jobs, nproc, on_done):
    """Convert jobs [(src, target, chunkname, fmt, force)] with nproc processes; on_done(index,
    message) is called as each finishes."""
    work = [(i,) + tuple(j) for i, j in enumerate(jobs)]
    if nproc <= 1 or len(work) <= 1:
        for w in work:
            on_done(*_job(w))
        return
    # largest first: the long ones start early and the pool ends together
    work.sort(key=lambda w: -_size(w[1]))
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from . import transpiler  # noqa: F401  (imported once, before the workers fork)

    with ProcessPoolExecutor(max_workers=min(nproc, len(work))) as pool:
        futures = [pool.submit(_job, w) for w in work]
        for fut in as_completed(futures):
            on_done(*fut.result())


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def cmd_convert(argv):
    import argparse

    ap = argparse.ArgumentParser(prog="lua2py convert", description="Convert Lua files or trees to Python.")
    ap.add_argument("inputs", nargs="+", metavar="IN")
    ap.add_argument("-o", "--output", metavar="OUT",
                    help="output file (one input file) or directory (mirrors the input trees)")
    ap.add_argument("-j", "--jobs", type=int, metavar="N", default=None,
                    help="files converted at once (default: one per core)")
    ap.add_argument("--format", action="store_true", help="format the output with black")
    ap.add_argument("--force", action="store_true", help="overwrite files lua2py did not write")
    ap.add_argument("--cython", action="store_true",
                    help="also compile each module with Cython (NAME.cython.so beside NAME.py)")
    ns = ap.parse_args(argv)
    cython = False
    if ns.cython:
        from . import cybuild

        why = cybuild.missing()
        if why is not None:
            cybuild.notice(why, "writing Python only")
        else:
            cython = True
    if ns.jobs is not None and ns.jobs < 1:
        ap.error("-j needs a positive number")
    if ns.format:
        try:
            import black  # noqa: F401
        except ImportError:
            _err("--format needs black (pip install black)")
            return 2
    started = time.perf_counter()
    jobs = []  # (src, out, chunkname, fmt, force)
    out = ns.output
    single_file_out = (
        out is not None and len(ns.inputs) == 1 and os.path.isfile(ns.inputs[0])
        and not os.path.isdir(out) and not out.endswith(os.sep)
    )
    errors = []
    for inp in ns.inputs:
        if os.path.isdir(inp):
            for f in lua_files(inp):
                rel = os.path.relpath(f, inp)
                target = os.path.join(out, _py_name(rel)) if out else _py_name(f)
                jobs.append((f, target, "@" + _lua_string(rel.replace(os.sep, "/")), ns.format, ns.force,
                             cython))
        elif os.path.exists(inp):
            base = os.path.basename(inp)
            if single_file_out:
                target = out
            elif out:
                target = os.path.join(out, _py_name(base))
            else:
                target = _py_name(inp)
            jobs.append((inp, target, "@" + _lua_string(base), ns.format, ns.force, cython))
        else:
            errors.append("cannot open %s" % inp)
    lines = [_count_lines(j[0]) for j in jobs]
    interactive = sys.stderr.isatty()
    bar = _progress(sum(lines), len(jobs), interactive, "compiling" if cython else "converting")
    results = [None] * len(jobs)
    done = [0]

    def on_done(index, msg):
        results[index] = msg
        done[0] += 1
        if bar is not None:
            bar.update(lines[index])
            bar.set_postfix_str("%d/%d files" % (done[0], len(jobs)), refresh=False)

    try:
        run_jobs(jobs, ns.jobs or _default_jobs(), on_done)
    finally:
        if bar is not None:
            bar.close()
    errors += [m for m in results if m is not None]
    for m in errors:
        _err(m)
    if interactive:
        failed = sum(1 for m in results if m is not None)
        _err("converted %d of %d files (%d Lua lines) in %.1f s; %d failed"
             % (len(jobs) - failed, len(jobs), sum(lines), time.perf_counter() - started, failed))
    return 1 if errors else 0


def _check_files(argv):
    """(FILE..., N) of `lua2py check [-j N] FILE...`: argparse's answer, without importing
    it (~5 ms of a check) when every argument is a plain name or -j N; other options, none,
    or --help go through it.  N is None when not given."""
    files = []
    jobs = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a.startswith("-j") and len(a) > 2 and a[2:].isdigit():
            jobs = int(a[2:])
        elif a == "-j" and i + 1 < len(argv) and argv[i + 1].isdigit():
            jobs = int(argv[i + 1])
            i += 1
        elif a.startswith("-"):
            break
        else:
            files.append(a)
        i += 1
    else:
        if files and (jobs is None or jobs >= 1):
            return files, jobs
    import argparse

    ap = argparse.ArgumentParser(prog="lua2py check", description="Check Lua files for compile errors.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("-j", "--jobs", type=int, metavar="N", default=None,
                    help="processes checking files at once (default: one per core when the files"
                         " hold 4 MB of Lua or more)")
    ns = ap.parse_args(argv)
    if ns.jobs is not None and ns.jobs < 1:
        ap.error("-j needs a positive number")
    return ns.files, ns.jobs


# Below this many bytes of Lua in all a check does not fork by default: a forked process
# costs ~25 ms of CPU over /usr/share/lua's 2.3 MB (both processes then copy the heap pages
# they touch, reference counts included), a tenth of the check of 4 times as much, and the
# parse reads ~30 KB a millisecond
_CHECK_FORK_BYTES = 4 * 1024 * 1024


def check_file(f):
    """lua5.4's message for the Lua file at the Python path f, or None when it compiles."""
    # the front end alone: lua5.4's syntax and compile-time checks, no code (like luac -p)
    from .transpiler.frontend import LuaSyntaxError, check_syntax, chunk_display_name

    name = _lua_string(f)
    try:  # read_source_file's reading and messages, without loading the runtime
        with open(f, "rb") as fh:
            source = fh.read().decode("latin-1")
    except IsADirectoryError as e:
        return "cannot read %s: %s" % (name, e.strerror or "Is a directory")
    except OSError as e:
        return "cannot open %s: %s" % (name, e.strerror or str(e))
    try:  # the header (BOM, '#' line) is skipped as luaL_loadfilex does
        check_syntax(source, chunk_display_name("@" + name), is_file=True)
    except LuaSyntaxError as e:
        return str(e)
    except Exception as e:  # a front-end bug: reported for this file
        return "%s: internal error: %s: %s" % (f, e.__class__.__name__, e)
    return None


def cmd_check(argv):
    files_given, jobs = _check_files(argv)
    files = []
    for inp in files_given:
        files += lua_files(inp) if os.path.isdir(inp) else [inp]
    if jobs is None:
        jobs = _default_jobs() if sum(_size(f) for f in files[:2000]) >= _CHECK_FORK_BYTES else 1
    if jobs > 1 and len(files) > 1 and hasattr(os, "fork"):
        messages = _check_forked(files, jobs)
    else:
        messages = None
    failed = False
    for i, f in enumerate(files):  # the messages in the order of the files, as one process gives them
        msg = check_file(f) if messages is None else messages[i]
        if msg is not None:
            _err(msg)
            failed = True
    return 1 if failed else 0


def _check_forked(files, nproc):
    """The messages of check_file for files, from nproc processes: this one and nproc - 1
    forked children, each given about as many bytes (largest files first, each to the least
    loaded), the children's answers marshalled through a pipe.  A child that fails to
    answer for all of its files leaves them to this process."""
    import marshal

    from .transpiler import frontend  # noqa: F401  (imported once, before the fork)

    shares = [[] for _ in range(min(nproc, len(files)))]
    loads = [0] * len(shares)
    for i in sorted(range(len(files)), key=lambda i: -_size(files[i])):
        k = loads.index(min(loads))
        shares[k].append(i)
        loads[k] += _size(files[i]) + 1
    sys.stdout.flush()
    sys.stderr.flush()
    children = []  # (pid, read end, share)
    for share in shares[1:]:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answers, then gone without the interpreter's exit
            status = 1
            try:
                os.close(r)
                data = marshal.dumps([(i, check_file(files[i])) for i in share])
                with os.fdopen(w, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(w)
        children.append((pid, r, share))
    messages = [None] * len(files)
    for i in shares[0]:
        messages[i] = check_file(files[i])
    for pid, r, share in children:
        with os.fdopen(r, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        answered = set()
        if status == 0:
            try:
                for i, msg in marshal.loads(data):
                    messages[i] = msg
                    answered.add(i)
            except (EOFError, ValueError, TypeError):
                pass
        for i in share:
            if i not in answered:
                messages[i] = check_file(files[i])
    return messages
