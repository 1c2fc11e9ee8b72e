"""Link: tie mentions in a parsed article to places, actors and times."""
