-- wrk script: POST one valid reflection per request with a frontrunner key (env TL_KEY, TL_BODY file).
local f = assert(io.open(os.getenv("TL_BODY"), "r"))
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TL_KEY")
