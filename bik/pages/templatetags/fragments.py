"""{% fragment name value… %}…{% endfragment %}: a fragment of a public page kept rendered (caching/fragments.py).
Ending the values with `only` says the fragment shows nothing but them (rendered with the language and the
site's URLs): it is then kept by their values alone, shared by every page, with no tags to renew."""

from __future__ import annotations

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token

from bik.caching import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist: NodeList, name: str, vary_on: list[FilterExpression], only: bool) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.only = only

    def render(self, context: template.Context) -> str:
        values: list[object] = [value.resolve(context) for value in self.vary_on]
        if self.only:
            return fragments.kept_by_values(self.name, values, lambda: self.nodelist.render(context))
        return fragments.kept(self.name, values, lambda: self.nodelist.render(context))


@register.tag("fragment")
def do_fragment(parser: Parser, token: Token) -> FragmentNode:
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("{% fragment %} takes a quoted name, then the values it varies on")
    only = bits[-1] == "only"
    values = bits[2:-1] if only else bits[2:]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in values], only)
