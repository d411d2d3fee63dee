"""Qt item models over store queries."""
