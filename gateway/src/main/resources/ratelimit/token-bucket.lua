-- One token bucket per key, shared by every gateway instance. Redis's own clock is used, so
-- instances with skewed clocks agree. KEYS[1] bucket; ARGV capacity, refill tokens, refill period (ms).
-- Returns {allowed (1 or 0), milliseconds until the next token when refused}.
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local period = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * refill / period)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * period / refill)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- Gone once it would be full again anyway.
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * period / refill) + 1000)
return {allowed, wait}
