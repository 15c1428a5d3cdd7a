"""Reports to the network's hotlines: the public "Report it" router and report form, and the analysts'
workspace (queue, de-duplication, assessment, forwarding, notice and takedown, audit log)."""
