-- wrk script for bench/portal.sh: the ranking page under a new address every time (an unused query parameter),
-- so that every request misses the kept responses and is rendered.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?render=" .. counter .. "-" .. math.random(1000000000))
end
