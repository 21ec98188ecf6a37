-- count.lua, requesting the paths listed in WRK_URLS (one per line) round robin: the long tail,
-- many distinct pages instead of one hot one. Each thread starts at its own place in the list.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "count.lua")

local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("WRK_URLS")) do
    if line ~= "" then table.insert(paths, line) end
  end
  next_index = ((id or 0) * 7919) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format(nil, path)
end
