"""XML that users bring (SSML scripts, PLS lexicons), parsed without DTDs or entities."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from engine.errors import IntonateError


def local_tag(element: Element) -> str:
    """The element's name without its namespace, lowercase ('' for comments and processing instructions)."""
    return element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""


def parse_untrusted_xml(text: str, name: str, kind: str, root_tag: str, error: type[IntonateError]) -> Element:
    """The root of a `kind` document ('SSML', 'PLS') whose root must be <root_tag>; `error` names what is wrong."""
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    try:
        root = safe_xml.fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        raise error(f"{name}: refused: {kind} with a DTD or entities (they can read files or explode in size)") from None
    except ParseError as exc:
        raise error(f"{name}: malformed {kind} ({exc})") from None
    if local_tag(root) != root_tag:
        raise error(f"{name}: {kind} must start with <{root_tag}>, found <{local_tag(root)}>")
    return root
