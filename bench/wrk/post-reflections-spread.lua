-- wrk script: POST one valid reflection per request, each to the next experiment of a list (env TL_SLUGS file, one
-- slug per line), with a frontrunner key that may write to all of them (env TL_KEY) and the body in env TL_BODY.
-- A national load is many frontrunners filing on their own experiments, not thousands of reflections on one.
--
-- With env TL_RATE (requests/s over all TL_THREADS threads) the load is paced instead of as fast as the server
-- answers: a latency target holds at a given rate, and a closed loop that saturates the server measures its queue,
-- which grows with the number of connections. Each thread hands out send times every 1/rate s to whichever of its
-- connections is free (wrk calls delay() before every request), so one slow answer does not hold back the sends
-- behind it while other connections are free. When every connection waits, the missed send times are skipped, not
-- bunched up later: the rate wrk reports is then below TL_RATE, and that shows.
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

if os.getenv("TL_RATE") then
  local ffi = require("ffi")
  ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } tl_timespec;
  int clock_gettime(int clock, tl_timespec *now);
  ]]
  local clock = ffi.new("tl_timespec")
  local interval = 1000 * tonumber(os.getenv("TL_THREADS")) / tonumber(os.getenv("TL_RATE")) -- ms between a thread's sends
  local next_send

  function delay()
    ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
    local now = tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
    next_send = math.max((next_send or now) + interval, now)
    return math.floor(next_send - now)
  end
end
