"""bik-platform: the Better Internet for Kids core service platform."""
