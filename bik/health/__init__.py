"""Health: one endpoint that tells an operator or a load balancer whether this instance can serve."""
