"""Qt item models over the services' read models; they display, they never query."""
