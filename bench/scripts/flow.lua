-- wrk script: walks BENCH_CONVERSATIONS conversations (default 1000) through a guided flow by typed text.
-- Every request is a Teams-shaped message Activity (~750 bytes, deliveryMode "expectReplies") to
-- POST /api/messages. Each conversation keeps its own step, so its next message is the next answer of
-- the flow; after the last answer it starts over. Every turn therefore does real work (recognise an
-- answer, save state, ask the next question or build the guidance).
--
-- Each wrk thread owns its own stride of conversations (tid, tid+T, tid+2T, ...) and visits them round
-- robin, so two in-flight requests never share a conversation and a conversation's previous turn has
-- been answered long before its next one is sent (as long as conversations/threads > connections/thread).
--
-- Env: BENCH_CONVERSATIONS (1000), BENCH_THREADS (= wrk -t), BENCH_FLOW (the texts, separated by "|";
--      the first one must restart the flow from any state, e.g. "start over|mixed|can join|new|jobs|ngo"),
--      BENCH_PREFIX (conversation id prefix), BENCH_RUN (part of every activity id, unique per wrk run, because
--      the bot skips an activity id it has already processed in a conversation), BENCH_STOP_AFTER and
--      BENCH_DONE_DIR (optional: each thread stops after this many responses; used to walk every conversation
--      through the flow exactly once).
-- done() prints one line "WRK_RESULT key=value ..." for measure.sh to parse.

local threads = {}
function setup(thread)
   thread:set("tid", #threads)
   table.insert(threads, thread)
end

local convs    = tonumber(os.getenv("BENCH_CONVERSATIONS") or "1000")
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
local prefix   = os.getenv("BENCH_PREFIX") or "conv"
local run      = os.getenv("BENCH_RUN") or tostring(os.time())
local flow     = {}
for text in string.gmatch(os.getenv("BENCH_FLOW") or "start over", "[^|]+") do
   table.insert(flow, text)
end

local tid, k = 0, 0
local own, middle, step = {}, {}, {}
local tail = table.concat({
   '","deliveryMode":"expectReplies",',
   '"entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}],',
   '"channelData":{"tenant":{"id":"11111111-1111-1111-1111-111111111111"},"source":{"name":"bench"}}}'
})

function init(args)
   tid = tonumber(wrk.thread:get("tid")) or 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   for c = tid, convs - 1, nthreads do
      local u = string.format("%05d", c)
      middle[c] = table.concat({
         '","timestamp":"2025-01-01T12:00:00.000Z","localTimestamp":"2025-01-01T13:00:00.000+01:00",',
         '"serviceUrl":"http://127.0.0.1:9/","channelId":"msteams",',
         '"from":{"id":"29:user-', u, '","name":"Bench User ', u, '","aadObjectId":"00000000-0000-0000-0000-0000000', u, '"},',
         '"conversation":{"conversationType":"personal","tenantId":"11111111-1111-1111-1111-111111111111","id":"a:', prefix, '-', u, '"},',
         '"recipient":{"id":"28:bench-bot","name":"BenchBot"},"textFormat":"plain","locale":"en-US",',
         '"text":"'
      })
      step[c] = 0
      table.insert(own, c)
   end
end

function request()
   local c = own[(k % #own) + 1]
   k = k + 1
   local s = step[c]
   step[c] = (s + 1) % #flow
   return wrk.format(nil, nil, nil, '{"type":"message","id":"' .. run .. '-' .. tid .. '-' .. k .. middle[c] .. flow[s + 1] .. tail)
end

-- Every reply is looked at: a 200 whose body has no reply activity (e.g. a turn skipped as a redelivery) counts
-- as "empty", and measure.sh fails the run on any. This costs wrk some CPU, the same for every target; the
-- target's own CPU is measured apart. With BENCH_STOP_AFTER a thread that has seen its share stops and leaves a
-- mark in BENCH_DONE_DIR; measure.sh interrupts wrk (SIGINT) once every thread has left one, which ends the run
-- early and still reports, instead of idling until -d.
local stop_after = tonumber(os.getenv("BENCH_STOP_AFTER") or "")
local done_dir = os.getenv("BENCH_DONE_DIR")
local seen, empty = 0, 0
function response(status, headers, body)
   seen = seen + 1
   if status == 200 and not string.find(body, '"activities":[{', 1, true) then
      empty = empty + 1
      wrk.thread:set("empty", empty)
   end
   if seen == stop_after then
      io.open(done_dir .. "/" .. tid, "w"):close()
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   local empty_replies = 0
   for _, thread in ipairs(threads) do
      empty_replies = empty_replies + (tonumber(thread:get("empty")) or 0)
   end
   io.write(string.format(
      "WRK_RESULT requests=%d duration_us=%d rps=%.1f mean_us=%.0f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d " ..
      "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d empty_replies=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), latency.mean,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
      e.connect, e.read, e.write, e.status, e.timeout, empty_replies))
end
