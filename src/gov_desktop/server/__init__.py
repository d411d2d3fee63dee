"""The county server: FastAPI app, sync service, device enrolment, admin CLI (extra ``[server]``)."""
