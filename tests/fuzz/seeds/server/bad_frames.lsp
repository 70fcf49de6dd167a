Content-Length: 5

{nopeX-Other: 1

Content-Length: 99999999999

Content-Length: 3

[1]