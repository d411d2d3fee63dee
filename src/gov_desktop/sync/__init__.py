"""Client side of sync: wire protocol, merge rule, HTTP transport, engine, USB bundles."""
