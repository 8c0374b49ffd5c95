"""Pure domain: values, rules and enums. No I/O, no database session, no Qt."""
