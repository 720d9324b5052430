-- wrk script: POST one valid reflection per request, each to the next experiment of a list (env TL_SLUGS file, one
-- slug per line), with a frontrunner key that may write to all of them (env TL_KEY) and the body in env TL_BODY.
-- A national load is many frontrunners filing on their own experiments, not thousands of reflections on one.
local f = assert(io.open(os.getenv("TL_BODY"), "r"))
local body = f:read("*a")
f:close()
local paths = {}
for slug in io.lines(os.getenv("TL_SLUGS")) do
  paths[#paths + 1] = "/api/experiments/" .. slug .. "/reflections"
end
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TL_KEY") }
local next_path = 0
local threads = 0

function setup(thread)
  -- Each thread starts elsewhere in the list, so the threads do not file on the same experiment in step.
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  next_path = (offset or 0) * 97
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("POST", paths[next_path], headers, body)
end
