"""Committee registers printed as lists: the mediator roster, patrol rotas."""
