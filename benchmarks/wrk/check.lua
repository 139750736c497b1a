-- wrk script: POST /v1/check with a rotating set of realistic posts.
-- Usage: wrk -s benchmarks/wrk/check.lua -H "Authorization: Bearer KEY" http://127.0.0.1:PORT/v1/check
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "count.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local posts = {
  '{"id":"p1","text":"Happy Monday! Our new autumn collection is here, 20% off this week only.","scheduled_at":"2026-11-30T09:00:00+01:00","channel":"x","brand":"acme"}',
  '{"id":"p2","text":"Ride out #StormBram with our cosy blankets, 30% off!","scheduled_at":"2026-11-25T10:00:00+01:00","channel":"instagram"}',
  '{"id":"p3","text":"Trivia Tuesday: how many people died in the Titanic disaster? Guess right and win a voucher!","channel":"x"}',
  '{"id":"p4","text":"Thuis in quarantaine? Bestel vandaag nog en ontvang gratis verzending.","language":"nl"}',
  '{"id":"p5","text":"We are proud to support our local food bank this winter. Read more at https://example.com/foodbank #community"}',
  '{"id":"p6","text":"BIGGEST SALE EVER!!! Don\'t miss out!!! #sale #deal #promo #win #free #now"}',
  '{"id":"p7","text":"Join us on Thursday for a live Q&A with our head chef about seasonal cooking."}',
  '{"id":"p8","text":"Onze nieuwe wintercollectie is binnen. Kom langs in de winkel in Utrecht!","language":"nl"}',
}

-- Every request carries a distinct text (a reference number is prepended), so no cache in
-- the service or the scorers can answer a repeat: the numbers are for new posts.
local i = 0
request = function()
  i = i + 1
  local body = posts[(i % #posts) + 1]:gsub('"text":"', '"text":"Ref ' .. salt .. '-' .. i .. ': ', 1)
  return wrk.format(nil, nil, nil, body)
end
