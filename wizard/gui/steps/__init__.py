"""The wizard's steps as pages: the generated forms, the generic page and the binder between widgets and model."""
