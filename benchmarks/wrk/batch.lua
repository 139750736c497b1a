-- wrk script: POST /v1/check/batch with BATCH posts per request (set BATCH in the env; default 64).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "count.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local texts = {
  "Happy Monday! Our new autumn collection is here, 20% off this week only.",
  "Ride out #StormBram with our cosy blankets, 30% off!",
  "Trivia Tuesday: how many people died in the Titanic disaster? Guess right and win a voucher!",
  "Thuis in quarantaine? Bestel vandaag nog en ontvang gratis verzending.",
  "We are proud to support our local food bank this winter. #community",
  "Join us on Thursday for a live Q&A with our head chef about seasonal cooking.",
  "Onze nieuwe wintercollectie is binnen. Kom langs in de winkel in Utrecht!",
  "You people are idiots if you buy anything else.",
}
local n = tonumber(os.getenv("BATCH") or "64")
-- Every post of every request is distinct (request and post numbers prepended), so no cache
-- can answer a repeat: the numbers are for new posts.
local i = 0
request = function()
  i = i + 1
  local items = {}
  for k = 1, n do
    items[k] = string.format('{"id":"b%d","text":"Ref %d-%d-%d: %s"}', k, salt, i, k, texts[(k % #texts) + 1])
  end
  return wrk.format(nil, nil, nil, '{"posts":[' .. table.concat(items, ",") .. ']}')
end
