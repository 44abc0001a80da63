return {value = select("#", ...)}
