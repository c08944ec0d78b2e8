"""Digests per team: a profile (``[profiles.NAME]``) is a *view* of the day's briefing.

The choice: one daily run makes one briefing, with every model call, check and repair done
once; each team gets a filter of it, which costs no call. So a profile never has a briefing of
its own. What a team asks for still gets into the day's briefing: the daily run ranks the
stories every profile favours or asks for (``topics``, ``favour``) up with the config's own
favoured topics (``briefing.daily``), so they are selected before stories no one asked for.
A story the day's briefing does not cover is not in any view; the view says which articles it
left out and why.

``profile_view`` keeps, of the day's briefing:

- the sections about one of ``topics`` (all when empty), and of those none about an
  ``exclude`` topic (matched as whole words in the title, bullets and cited headlines, like the
  config's topic filters), the ``favour`` ones first;
- in each, the citations of ``outlets`` (all when empty): a bullet left citing none goes;
- the overview when every section stayed, else the first bullets of the first sections (the
  day's overview may tell of stories the team does not get).

Every article of the day's briefing is still listed; the ones no kept bullet cites are in
``left_out`` with the reason. ``ProfileChannel`` sends a team's view through any channel; its
name carries the profile ("email:markets"), so the delivery log keeps one exactly-once record
per profile, channel, destination and part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.config import Config, ProfileConfig
from briefing.deliver import Channel, Part
from briefing.exceptions import ConfigError
from briefing.models import ArticleRef, Briefing, BriefingSection, LeftOut
from briefing.select import mentions

__all__ = ["ProfileChannel", "profile_channels", "profile_view"]

_OVERVIEW_BULLETS = 3  # an overview rewritten from the first bullets of this many sections


def _about(section: BriefingSection, refs: Mapping[str, ArticleRef], topics: Sequence[str]) -> str:
    """The first of ``topics`` the section is about, or ''."""
    cited = {i for b in section.bullets for i in b.source_ids}
    text = "\n".join(
        [section.title, *(b.text for b in section.bullets)]
        + [refs[i].title for i in sorted(cited) if i in refs]
    )
    return next((t for t in topics if mentions(text, t)), "")


def _outlet_kept(ref: ArticleRef | None, outlets: set[str]) -> bool:
    return not outlets or (ref is not None and (ref.outlet or "").casefold() in outlets)


def _section_for(
    section: BriefingSection, refs: Mapping[str, ArticleRef], outlets: set[str]
) -> BriefingSection | None:
    bullets = []
    for bullet in section.bullets:
        ids = [i for i in bullet.source_ids if _outlet_kept(refs.get(i), outlets)]
        if ids:
            evidence = [e for e in bullet.evidence if e.source_id in ids]
            bullets.append(bullet.model_copy(update={"source_ids": ids, "evidence": evidence}))
    return section.model_copy(update={"bullets": bullets}) if bullets else None


def profile_view(briefing: Briefing, name: str, profile: ProfileConfig) -> Briefing:
    """Team ``name``'s view of ``briefing`` (see the module's docstring)."""
    refs = {a.id: a for a in briefing.articles}
    outlets = {o.casefold() for o in profile.outlets}
    kept: list[tuple[int, BriefingSection]] = []
    why: dict[str, str] = {}  # article id → why the view leaves it out
    for section in briefing.sections:
        reason = ""
        if profile.topics and not _about(section, refs, profile.topics):
            reason = f"not about the profile's topics ({', '.join(profile.topics)})"
        elif hit := _about(section, refs, profile.exclude):
            reason = f"about excluded topic {hit!r}"
        narrowed = None if reason else _section_for(section, refs, outlets)
        if narrowed is None:
            reason = reason or "no citation from the profile's outlets"
        else:
            rank = 0 if _about(narrowed, refs, profile.favour) else 1
            kept.append((rank, narrowed))
        for bullet in section.bullets:
            for i in bullet.source_ids:
                why.setdefault(
                    i, f"section {section.title!r}: {reason or 'outlet not in its outlets'}"
                )
    sections = [s for _, s in sorted(kept, key=lambda pair: pair[0])]
    cited = {i for s in sections for b in s.bullets for i in b.source_ids}
    left_out = [
        LeftOut(id=i, title=refs[i].title, reason=f"not in profile {name}: {reason}")
        for i, reason in why.items()
        if i not in cited and i in refs
    ]
    overview = briefing.overview
    if len(sections) < len(briefing.sections):
        overview = " ".join(s.bullets[0].text for s in sections[:_OVERVIEW_BULLETS])
    notice = (
        f"profile {name}: a view of the day's briefing, {len(sections)} of "
        f"{len(briefing.sections)} sections"
    )
    return briefing.model_copy(
        update={
            "overview": overview,
            "sections": sections,
            "left_out": [*briefing.left_out, *left_out],
            "notices": [*briefing.notices, notice],
        }
    )


class ProfileChannel:
    """``inner`` sending team ``profile``'s view; named "<channel>:<profile>" so its delivery
    records are the profile's own."""

    def __init__(self, inner: Channel, profile: str, config: ProfileConfig) -> None:
        self._inner = inner
        self._profile = profile
        self._config = config

    @property
    def name(self) -> str:
        return f"{self._inner.name}:{self._profile}"

    @property
    def destination_label(self) -> str:
        return self._inner.destination_label

    @property
    def destination_hash(self) -> str:
        return self._inner.destination_hash

    def parts(self, briefing: Briefing) -> list[Part]:
        view = profile_view(briefing, self._profile, self._config)
        return self._inner.parts(view) if view.sections else []

    def send(self, part: Part) -> str | None:
        return self._inner.send(part)


def profile_channels(config: Config, names: Sequence[str], env: Mapping[str, str]) -> list[Channel]:
    """Every channel of each named profile (its email recipients, Slack webhook, push
    services), sending the profile's view. ``ConfigError`` for an unknown profile, one with no
    channel, or a channel whose settings or variables are missing."""
    channels: list[Channel] = []
    for name in dict.fromkeys(names):
        profile = config.profiles.get(name)
        if profile is None:
            known = ", ".join(sorted(config.profiles)) or "none in the config"
            raise ConfigError(f"no profile {name!r} (profiles: {known})")
        own: list[Channel] = []
        if profile.email_to:
            from briefing.deliver.email import EmailChannel

            email = config.email.model_copy(update={"to": profile.email_to})
            own.append(EmailChannel.from_config(email, env, timezone=config.timezone))
        if profile.slack_webhook_env:
            from briefing.deliver.slack import SlackChannel

            own.append(
                SlackChannel.from_config(config.slack, env, variable=profile.slack_webhook_env)
            )
        if profile.notify:
            from briefing.deliver.push import push_channels

            own.extend(push_channels([], profile.notify, env))
        if not own:
            raise ConfigError(
                f"profile {name!r} has no channel: set email_to, slack_webhook_env or notify"
            )
        channels.extend(ProfileChannel(c, name, profile) for c in own)
    return channels
