-- wrk script: POST /cases with the body of $BENCH_BODY_FILE and the bearer token in $BENCH_TOKEN.
-- Counts status codes per thread and prints them at the end (anything but 201 is an error).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(os.getenv("BENCH_BODY_FILE"), "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  created, other = 0, 0
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else
    other = other + 1
    if other <= 3 then io.stderr:write("non-201: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); o = o + t:get("other")
  end
  io.write(string.format("BENCH created=%d other=%d rate_201=%.1f/s\n", c, o, c / (summary.duration / 1e6)))
end
