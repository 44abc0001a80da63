"""The lua2py command line.

  lua2py run [options] [script [args...]]   run a Lua program like lua5.4
        options: -e chunk, -l module, -v, -E (ignore LUA_PATH...), -W (warnings on),
                 -- (stop options), - (read the program from stdin)
  lua2py SCRIPT.lua [args...]               short for `lua2py run SCRIPT.lua args...`
  lua2py convert IN... [-o OUT] [--format] [--force]
                                            write Python programs (x.lua -> x.py); directories
                                            are converted recursively, mirroring the tree under OUT
  lua2py check FILE...                      syntax/compile checks only, like `luac -p`
  lua2py --version
"""
import argparse
import os
import sys
import tempfile

from . import __version__

USAGE_RUN = (
    "usage: lua2py run [options] [script [args]]\n"
    "Available options are:\n"
    "  -e stat   execute string 'stat'\n"
    "  -l mod    require library 'mod' into global 'mod'\n"
    "  -v        show version information\n"
    "  -E        ignore environment variables\n"
    "  -W        turn warnings on\n"
    "  --        stop handling options\n"
    "  -         stop handling options and execute stdin\n"
)


def _err(msg):
    sys.stdout.flush()
    sys.stderr.write("lua2py: %s\n" % msg)
    sys.stderr.flush()


def version_text():
    return "lua2py %s (Lua 5.4 to Python; Python %d.%d.%d)" % ((__version__,) + tuple(sys.version_info[:3]))


# ---------------------------------------------------------------- run


def cmd_run(argv):
    from . import runner

    full = ["lua2py"] + list(argv)
    actions = []
    ignore_env = False
    warnings = False
    show_version = False
    has_e = False
    script = None
    i = 1
    n = len(full)
    while i < n:
        a = full[i]
        if a == "--":
            i += 1
            if i < n:
                script = i
            break
        if a == "-":
            script = i
            break
        if not a.startswith("-"):
            script = i
            break
        if a.startswith("-e"):
            chunk = a[2:]
            if not chunk:
                i += 1
                if i >= n:
                    runner.l_message("'-e' needs argument")
                    sys.stderr.write(USAGE_RUN)
                    return 1
                chunk = full[i]
            actions.append(runner.chunk_action(runner.string_loader(chunk, "=(command line)")))
            has_e = True
        elif a.startswith("-l"):
            mod = a[2:]
            if not mod:
                i += 1
                if i >= n:
                    runner.l_message("'-l' needs argument")
                    sys.stderr.write(USAGE_RUN)
                    return 1
                mod = full[i]
            actions.append(runner.require_action(mod))
        elif a == "-v":
            show_version = True
        elif a == "-E":
            ignore_env = True
        elif a == "-W":
            warnings = True
        elif a == "-i":
            runner.l_message("interactive mode is not supported")
            return 1
        else:
            runner.l_message("unrecognized option '%s'" % a)
            sys.stderr.write(USAGE_RUN)
            return 1
        i += 1
    if show_version:
        print(version_text())
        sys.stdout.flush()
    if script is not None:
        path = full[script]
        args = tuple(full[script + 1:])
        actions.append(runner.chunk_action(runner.file_loader(path), args))
        script_pos = script
    else:
        script_pos = 0
        if not has_e and not show_version:
            actions.append(runner.chunk_action(runner.file_loader("-"), ()))
    return runner.run_program(actions, full, script_pos, ignore_env=ignore_env, warnings=warnings)


# ---------------------------------------------------------------- convert / check


def _lua_files(root):
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


def _read_source(path):
    from .runtime.stdlib.lbase import read_source_file

    return read_source_file(path)


def _is_lua2py_output(path):
    try:
        with open(path, "rb") as fh:
            return b"__lua_chunk__" in fh.read()
    except OSError:
        return False


def _format_black(text):
    try:
        import black
    except ImportError:
        raise RuntimeError("--format needs black (pip install black)")
    return black.format_str(text, mode=black.Mode())


def convert_one(src_path, out_path, chunkname, fmt=False, force=False):
    """Convert one file; returns an error message or None.  Writes nothing on failure."""
    from .transpiler import python_source

    source, err = _read_source(src_path)
    if err is not None:
        return err
    if os.path.exists(out_path) and not force and not _is_lua2py_output(out_path):
        return "%s: not overwriting a file that lua2py did not write (use --force)" % out_path
    try:
        text = python_source(source, chunkname)
    except _syntax_error_types() as e:
        return str(e)
    except RecursionError:
        return "%s: chunk has too many syntax levels" % src_path
    except Exception as e:
        return "%s: internal error: %s: %s" % (src_path, e.__class__.__name__, e)
    if "run_module" not in text:
        text = text.rstrip("\n") + "\n\n" + MAIN_EPILOGUE
    if fmt:
        try:
            text = _format_black(text)
        except RuntimeError as e:
            return str(e)
        except Exception as e:
            return "%s: black failed: %s: %s" % (src_path, e.__class__.__name__, e)
    d = os.path.dirname(os.path.abspath(out_path))
    try:
        os.makedirs(d, exist_ok=True)
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


MAIN_EPILOGUE = (
    'if __name__ == "__main__":\n'
    "    from lua2py.runner import run_module\n"
    "    run_module(__lua_chunk__, __file__)\n"
)


def _py_name(lua_path):
    return (lua_path[:-4] if lua_path.endswith(".lua") else lua_path) + ".py"


def cmd_convert(argv):
    ap = argparse.ArgumentParser(prog="lua2py convert", description="Convert Lua files or trees to Python.")
    ap.add_argument("inputs", nargs="+", metavar="IN")
    ap.add_argument("-o", "--output", metavar="OUT",
                    help="output file (one input file) or directory (mirrors the input trees)")
    ap.add_argument("--format", action="store_true", help="format the output with black")
    ap.add_argument("--force", action="store_true", help="overwrite files lua2py did not write")
    ns = ap.parse_args(argv)
    if ns.format:
        try:
            import black  # noqa: F401
        except ImportError:
            _err("--format needs black (pip install black)")
            return 2
    jobs = []  # (src, out, chunkname)
    out = ns.output
    single_file_out = (
        out is not None and len(ns.inputs) == 1 and os.path.isfile(ns.inputs[0])
        and not os.path.isdir(out) and not out.endswith(os.sep)
    )
    failed = False
    for inp in ns.inputs:
        if os.path.isdir(inp):
            for f in _lua_files(inp):
                rel = os.path.relpath(f, inp)
                target = os.path.join(out, _py_name(rel)) if out else _py_name(f)
                jobs.append((f, target, "@" + rel.replace(os.sep, "/")))
        elif os.path.exists(inp):
            base = os.path.basename(inp)
            if single_file_out:
                target = out
            elif out:
                target = os.path.join(out, _py_name(base))
            else:
                target = _py_name(inp)
            jobs.append((inp, target, "@" + base))
        else:
            _err("cannot open %s" % inp)
            failed = True
    for src, target, chunkname in jobs:
        msg = convert_one(src, target, chunkname, fmt=ns.format, force=ns.force)
        if msg is not None:
            _err(msg)
            failed = True
    return 1 if failed else 0


def cmd_check(argv):
    ap = argparse.ArgumentParser(prog="lua2py check", description="Check Lua files for compile errors.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ns = ap.parse_args(argv)
    from .transpiler import compile_lua

    failed = False
    for inp in ns.files:
        files = _lua_files(inp) if os.path.isdir(inp) else [inp]
        for f in files:
            source, err = _read_source(f)
            if err is not None:
                _err(err)
                failed = True
                continue
            try:
                compile_lua(source, "@" + f)
            except _syntax_error_types() as e:
                _err(str(e))
                failed = True
            except RecursionError:
                _err("%s: chunk has too many syntax levels" % f)
                failed = True
            except Exception as e:
                _err("%s: internal error: %s: %s" % (f, e.__class__.__name__, e))
                failed = True
    return 1 if failed else 0


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    if not argv or argv[0] in ("-h", "--help", "help"):
        sys.stdout.write(__doc__.split("\n", 2)[2] if not argv else __doc__)
        return 0 if argv else 1
    cmd = argv[0]
    if cmd in ("--version", "-V", "version"):
        print(version_text())
        return 0
    if cmd == "run":
        return cmd_run(argv[1:])
    if cmd == "convert":
        return cmd_convert(argv[1:])
    if cmd == "check":
        return cmd_check(argv[1:])
    if cmd.endswith(".lua") or cmd == "-" or cmd.startswith("-"):
        return cmd_run(argv)
    _err("unknown command '%s' (try: run, convert, check, --version)" % cmd)
    return 2
