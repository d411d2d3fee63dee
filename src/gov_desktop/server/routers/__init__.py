"""HTTP routers of the county server, one per area: enrolment, sync, admin."""
