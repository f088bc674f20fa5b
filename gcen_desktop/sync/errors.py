"""What can be wrong with a bundle file, each as one plain sentence saying what to do next.

Each kind has a `default` sentence (a template without parameters, translated like the others);
a raise site may give a more precise template and its parameters instead.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import PassphraseWanted, UserError


class BundleError(UserError):
    """A bundle file that cannot be written or read; nothing was changed."""

    default = "This bundle file cannot be used; ask the sender for a new one."

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        super().__init__(template or self.default, **params)


class BundleTruncated(BundleError):
    default = (
        "This bundle file is incomplete (it was cut short, perhaps while copying); "
        "copy it again or ask the sender for a new one."
    )


class BundleNotABundle(BundleError):
    default = "This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop."


class BundleTooLarge(BundleError):
    default = (
        "This bundle is larger than GCEN Desktop accepts; ask the sender to export "
        "for you only instead of a full bundle."
    )


class BundleUnsafe(BundleError):
    default = (
        "This bundle file is built in a way that could harm your computer and was refused; "
        "do not open it, and tell the sender."
    )


class BundleCorrupt(BundleError):
    default = "This bundle file is damaged; ask the sender to export it again."


class BundleBadSignature(BundleError):
    default = (
        "This bundle's signature does not match its contents, so it may have been altered; "
        "do not import it, and ask the sender to export it again."
    )


class BundleWrongPassphrase(BundleError, PassphraseWanted):
    default = "The passphrase does not unlock this bundle; check it with the sender and try again."


class BundleNeedsPassphrase(BundleError, PassphraseWanted):
    default = "This bundle is protected by a passphrase; enter the passphrase the sender gave you."


class BundleNeedsKey(BundleError):
    default = (
        "This bundle is encrypted for other teammates' keys, not yours; ask the sender to "
        "export it again for you."
    )


class BundleNewerFormat(BundleError):
    default = (
        "This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again."
    )


class BundleUnknownFeature(BundleError):
    default = (
        "This bundle uses a feature this version of GCEN Desktop does not know; "
        "update GCEN Desktop and import it again."
    )


class BundleCancelled(BundleError):
    default = "Cancelled; no bundle file was written."


class BundleWriteFailed(BundleError):
    default = (
        "The bundle could not be written; check that the destination has free space "
        "and is writable, then export again."
    )
