-- wrk script: rotates requests through the paths listed (one per line) in the file named by the
-- first script argument; a second argument N > 0 makes each request a POST with an N-byte body.
-- done() prints one machine-readable line starting with "BENCH" for the shell script to parse.
-- With WRK_NODE_PORTS=p1,p2,... in the environment, thread i connects to 127.0.0.1 on the i-th port
-- (round-robin): one wrk spreads its connections over several server nodes and still measures
-- one latency histogram, so the p99 is the combined one, not a guess from two.

local paths = {}
local method = "GET"
local body = nil
local next_index = 1

local function setup_from(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  local size = tonumber(args[2] or "0")
  if size > 0 then
    method = "POST"
    body = string.rep("x", size)
  end
end

local node_ports = {}
for port in string.gmatch(os.getenv("WRK_NODE_PORTS") or "", "%d+") do
  node_ports[#node_ports + 1] = port
end

-- Threads start at different offsets so they do not hit the same checks in lockstep.
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("offset", thread_count * 7919)
  if #node_ports > 0 then
    thread.addr = wrk.lookup("127.0.0.1", node_ports[(thread_count - 1) % #node_ports + 1])[1]
  end
end

function init(args)
  setup_from(args)
  next_index = ((offset or 0) % #paths) + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format(method, path, nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99)))
end
