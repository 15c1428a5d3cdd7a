"""Helpline statistics: quarterly counts of contacts per centre, versioned categories, review and locking by
the network's coordinators, and the dashboards and open data built from locked quarters."""
