"""Webhook adapters on payloads written from each vendor's documented shapes.

Signatures are computed here independently from the adapters' own helpers
(straight from each vendor's documented scheme), then checked valid and forged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlencode

import pytest

from schemas.models import Channel, Direction, Kind, Touchpoint
from streams.ingest.hooks import handle
from streams.ingest.hooks.common import Rejection
from tests.support.builders import NOW

SECRET = "s3cret-Signing-Key"


def _b64_hmac(algorithm: str, message: bytes) -> str:
    return base64.b64encode(hmac.new(SECRET.encode(), message, algorithm).digest()).decode()


def _hex_hmac(algorithm: str, message: bytes) -> str:
    return hmac.new(SECRET.encode(), message, algorithm).hexdigest()


def mapped(source: str, headers: dict[str, str], body: bytes, url: str = "") -> list[Touchpoint]:
    result = handle(source, headers, body, SECRET, url, NOW)
    assert not isinstance(result, Rejection), result
    return result


def refused(source: str, headers: dict[str, str], body: bytes, url: str = "") -> Rejection:
    result = handle(source, headers, body, SECRET, url, NOW)
    assert isinstance(result, Rejection), result
    return result


# -- Zendesk -------------------------------------------------------------------------


def zendesk_headers(body: bytes, timestamp: str = "2026-11-23T10:00:01Z") -> dict[str, str]:
    return {
        "x-zendesk-webhook-signature-timestamp": timestamp,
        "x-zendesk-webhook-signature": _b64_hmac("sha256", timestamp.encode() + body),
    }


def zendesk_event(kind: str, event: dict[str, Any], **detail: Any) -> bytes:
    return json.dumps(
        {
            "account_id": 21825834,
            "detail": {
                "actor_id": "8447388090494",
                "assignee_id": "8447388090494",
                "created_at": "2026-11-23T09:37:33Z",
                "description": "Mon imprimante prend feu, et personne ne répond !",
                "id": "5158",
                "is_public": True,
                "organization_id": "8447346622462",
                "priority": "HIGH",
                "requester_id": "8447388090777",
                "status": "OPEN",
                "subject": "Help, my printer is on fire!",
                "tags": ["printer", "urgent"],
                "type": "INCIDENT",
                "updated_at": "2026-11-23T09:37:33Z",
                "via": {"channel": "email"},
            }
            | detail,
            "event": event,
            "id": "cbe4028c-7239-495d-b020-f22348516046",
            "subject": "zen:ticket:5158",
            "time": "2026-11-23T09:37:33.866964209Z",
            "type": f"zen:event-type:{kind}",
            "zendesk_event_version": "2022-11-06",
        }
    ).encode()


def test_zendesk_ticket_created() -> None:
    body = zendesk_event("ticket.created", {"meta": {"sequence": {"id": "x", "position": 1}}})
    [tp] = mapped("zendesk", zendesk_headers(body), body)
    assert (tp.channel, tp.kind, tp.direction) == (Channel.email, Kind.ticket, Direction.inbound)
    assert tp.event_id == "zendesk:ticket:5158:created"
    assert tp.customer.best_key() == "handle:zendesk:8447388090777"
    assert tp.customer.account_id == "8447346622462"
    assert tp.text == "Mon imprimante prend feu, et personne ne répond !"
    assert tp.subject == "Help, my printer is on fire!"
    assert tp.occurred_at.isoformat() == "2026-11-23T09:37:33.866964+00:00"
    assert tp.attributes["tags"] == "printer,urgent"
    assert tp.attributes["priority"] == "high"


def test_zendesk_comments_public_by_customer_and_agent_private_ignored() -> None:
    comment = {
        "id": "901",
        "body": "Still broken after the update.",
        "is_public": True,
        "author": {"id": "8447388090777", "is_staff": False, "name": "Eric"},
    }
    body = zendesk_event("ticket.comment_added", {"comment": comment})
    [tp] = mapped("zendesk", zendesk_headers(body), body)
    assert (tp.kind, tp.direction, tp.event_id) == (
        Kind.message,
        Direction.inbound,
        "zendesk:comment:901",
    )
    assert tp.text == "Still broken after the update."
    staff = comment | {"id": "902", "author": {"id": "1", "is_staff": True, "name": "Agent"}}
    body = zendesk_event("ticket.comment_added", {"comment": staff})
    [answer] = mapped("zendesk", zendesk_headers(body), body)
    assert answer.direction is Direction.outbound
    private = comment | {"id": "903", "is_public": False}
    body = zendesk_event("ticket.comment_added", {"comment": private})
    assert mapped("zendesk", zendesk_headers(body), body) == []


def test_zendesk_solved_and_other_status_changes() -> None:
    body = zendesk_event("ticket.status_changed", {"current": "SOLVED", "previous": "OPEN"})
    [tp] = mapped("zendesk", zendesk_headers(body), body)
    assert tp.attributes["ticket_status"] == "solved"
    assert tp.event_id == "zendesk:ticket:5158:solved"
    body = zendesk_event("ticket.status_changed", {"current": "PENDING", "previous": "OPEN"})
    assert mapped("zendesk", zendesk_headers(body), body) == []


def zendesk_trigger(voc_event: str, rating: str = "", comment: str = "") -> bytes:
    return json.dumps(
        {
            "voc_event": voc_event,
            "ticket": {
                "id": "5158",
                "subject": "Commande 1234",
                "description": "Toujours pas reçu ma commande",
                "latest_comment": "Merci, c'est réglé",
                "status": "Solved",
                "via": "Mail",
                "updated_at": "2026-11-23T10:05:00Z",
                "url": "acme.zendesk.com/agent/tickets/5158",
                "tags": "livraison retard",
                "requester": {
                    "id": "8447388090777",
                    "email": "Eric@Example.com",
                    "phone": "+33 6 12 34 56 78",
                    "external_id": "c-42",
                },
                "organization": {"name": "Acme", "external_id": "acme"},
            },
            "satisfaction": {"rating": rating, "comment": comment},
        }
    ).encode()


@pytest.mark.parametrize(("rating", "csat"), [("Good", 5), ("bad", 1), ("4", 4)])
def test_zendesk_trigger_csat(rating: str, csat: int) -> None:
    body = zendesk_trigger("satisfaction", rating, "Réponse rapide")
    [tp] = mapped("zendesk", zendesk_headers(body), body)
    assert (tp.channel, tp.kind) == (Channel.survey, Kind.survey_response)
    assert tp.scores.csat == csat
    assert tp.text == "Réponse rapide"
    assert tp.customer.best_key() == "c-42"
    assert tp.customer.email == "Eric@Example.com"
    assert tp.customer.account_id == "acme"


def test_zendesk_trigger_created_and_unknown_rating_is_a_dead_letter_reason() -> None:
    body = zendesk_trigger("created")
    [tp] = mapped("zendesk", zendesk_headers(body), body)
    assert (tp.kind, tp.text, tp.channel) == (
        Kind.ticket,
        "Toujours pas reçu ma commande",
        Channel.email,
    )
    body = zendesk_trigger("satisfaction", "offered")
    assert refused("zendesk", zendesk_headers(body), body).reason == "invalid_payload"


def test_zendesk_signature_forged_tampered_or_missing() -> None:
    body = zendesk_event("ticket.created", {})
    headers = zendesk_headers(body)
    tampered = body.replace(b"on fire", b"on ice")
    assert refused("zendesk", headers, tampered).reason == "invalid_signature"
    wrong_time = zendesk_headers(body) | {
        "x-zendesk-webhook-signature-timestamp": "2026-11-23T10:00:02Z"
    }
    assert refused("zendesk", wrong_time, body).status == 401
    assert refused("zendesk", {}, body).reason == "missing_signature"


# -- Intercom ------------------------------------------------------------------------


def intercom_headers(body: bytes) -> dict[str, str]:
    return {"x-hub-signature": "sha1=" + _hex_hmac("sha1", body)}


def intercom(topic: str, item: dict[str, Any]) -> bytes:
    return json.dumps(
        {
            "type": "notification_event",
            "app_id": "abc123",
            "data": {"type": "notification_event_data", "item": item},
            "id": "notif_ccd8a4d0-f965-11e3-a367-c779cae3e1b3",
            "topic": topic,
            "delivery_status": "pending",
            "delivery_attempts": 1,
            "delivered_at": 0,
            "first_sent_at": 1795428000,
            "created_at": 1795428000,
            "self": None,
        }
    ).encode()


CONVERSATION: dict[str, Any] = {
    "type": "conversation",
    "id": "147",
    "created_at": 1795427000,
    "updated_at": 1795428000,
    "state": "open",
    "source": {
        "type": "conversation",
        "id": "403918330",
        "delivered_as": "customer_initiated",
        "subject": "",
        "body": "<p>Hi, I was charged <b>twice</b> this month.</p><p>Please refund.</p>",
        "author": {"type": "user", "id": "5310d8e7", "name": "Ann", "email": "ann@example.com"},
    },
    "contacts": {
        "type": "contact.list",
        "contacts": [{"type": "contact", "id": "5310d8e7", "external_id": "c-7"}],
    },
    "conversation_parts": {
        "type": "conversation_part.list",
        "conversation_parts": [
            {
                "type": "conversation_part",
                "id": "7788",
                "part_type": "comment",
                "body": "<p>Sorry about that &amp; refunded.</p>",
                "created_at": 1795427500,
                "author": {"type": "admin", "id": "991", "name": "Sam", "email": "sam@acme.io"},
            },
            {
                "type": "conversation_part",
                "id": "7789",
                "part_type": "comment",
                "body": "<p>Thanks!</p>",
                "created_at": 1795427900,
                "author": {
                    "type": "user",
                    "id": "5310d8e7",
                    "name": "Ann",
                    "email": "ann@example.com",
                },
            },
        ],
        "total_count": 2,
    },
    "conversation_rating": {
        "rating": 2,
        "remark": "Took too long",
        "created_at": 1795428000,
        "contact": {"type": "contact", "id": "5310d8e7"},
    },
}


def test_intercom_conversation_created_replied_and_rated() -> None:
    body = intercom("conversation.user.created", CONVERSATION)
    [first] = mapped("intercom", intercom_headers(body), body)
    assert (first.channel, first.kind) == (Channel.chat, Kind.chat)
    assert first.text == "Hi, I was charged twice this month.\nPlease refund."
    assert first.customer.customer_id == "c-7"
    assert first.customer.email == "ann@example.com"
    assert first.event_id == "intercom:147:403918330"
    body = intercom("conversation.user.replied", CONVERSATION)
    [reply] = mapped("intercom", intercom_headers(body), body)
    assert (reply.text, reply.direction, reply.event_id) == (
        "Thanks!",
        Direction.inbound,
        "intercom:147:part:7789",
    )
    rated = CONVERSATION | {
        "conversation_parts": {
            "conversation_parts": CONVERSATION["conversation_parts"]["conversation_parts"][:1]
        }
    }
    body = intercom("conversation.admin.replied", rated)
    [answer] = mapped("intercom", intercom_headers(body), body)
    assert (answer.direction, answer.text) == (Direction.outbound, "Sorry about that & refunded.")
    assert answer.customer.customer_id == "c-7"
    body = intercom("conversation.rating.added", CONVERSATION)
    [rating] = mapped("intercom", intercom_headers(body), body)
    assert (rating.kind, rating.scores.csat, rating.text) == (
        Kind.survey_response,
        2,
        "Took too long",
    )


def test_intercom_signature_and_unrelated_topics() -> None:
    body = intercom("conversation.user.created", CONVERSATION)
    forged = {"x-hub-signature": "sha1=" + hmac.new(b"other", body, hashlib.sha1).hexdigest()}
    assert refused("intercom", forged, body).reason == "invalid_signature"
    assert refused("intercom", {}, body).reason == "missing_signature"
    ping = intercom("ping", {"type": "ping", "message": "something"})
    assert mapped("intercom", intercom_headers(ping), ping) == []
    broken = intercom("conversation.user.created", {"type": "conversation"})
    assert refused("intercom", intercom_headers(broken), broken).reason == "invalid_payload"


# -- Freshdesk -----------------------------------------------------------------------


def freshdesk(triggered: str, **fields: Any) -> bytes:
    return json.dumps(
        {
            "freshdesk_webhook": {
                "ticket_id": 1042,
                "ticket_subject": "Colis endommagé",
                "ticket_description": "Le colis est arrivé écrasé.",
                "ticket_latest_public_comment": "",
                "ticket_status": "Open",
                "ticket_priority": "Medium",
                "ticket_source": "Portal",
                "ticket_contact_email": "lea@example.fr",
                "ticket_requester_phone": "",
                "ticket_company_name": "Boulangerie Léa",
                "ticket_url": "https://acme.freshdesk.com/helpdesk/tickets/1042",
                "ticket_created_at": "2026-11-23T08:00:00Z",
                "triggered_event": triggered,
            }
            | fields
        }
    ).encode()


def test_freshdesk_created_replied_resolved_with_header_secret() -> None:
    headers = {"x-voc-hook-secret": SECRET}
    body = freshdesk("{ticket_action:created}")
    [created] = mapped("freshdesk", headers, body)
    assert (created.channel, created.kind, created.text) == (
        Channel.web,
        Kind.ticket,
        "Le colis est arrivé écrasé.",
    )
    assert created.customer.email == "lea@example.fr"
    assert created.customer.account_id == "Boulangerie Léa"
    assert mapped("freshdesk", headers, body)[0].event_id == created.event_id  # a retry: same id
    body = freshdesk("{reply_sent:agent}", ticket_latest_public_comment="Nous renvoyons un colis.")
    [reply] = mapped("freshdesk", headers, body)
    assert (reply.kind, reply.direction, reply.text) == (
        Kind.message,
        Direction.outbound,
        "Nous renvoyons un colis.",
    )
    body = freshdesk("{status:{from:Open,to:Resolved}}", ticket_source="Email")
    [solved] = mapped("freshdesk", headers, body)
    assert (solved.channel, solved.attributes["freshdesk_event"]) == (Channel.email, "solved")


def test_freshdesk_basic_auth_and_wrong_secrets() -> None:
    body = freshdesk("{ticket_action:created}")
    api_key = {"authorization": "Basic " + base64.b64encode(f"{SECRET}:X".encode()).decode()}
    assert len(mapped("freshdesk", api_key, body)) == 1
    password = {"authorization": "Basic " + base64.b64encode(f"voc:{SECRET}".encode()).decode()}
    assert len(mapped("freshdesk", password, body)) == 1
    wrong = {"authorization": "Basic " + base64.b64encode(b"voc:guess").decode()}
    assert refused("freshdesk", wrong, body).reason == "invalid_signature"
    assert refused("freshdesk", {"x-voc-hook-secret": "guess"}, body).status == 401
    assert refused("freshdesk", {}, body).reason == "missing_signature"
    no_ticket = json.dumps({"freshdesk_webhook": {"ticket_subject": "x"}}).encode()
    assert (
        refused("freshdesk", {"x-voc-hook-secret": SECRET}, no_ticket).reason == "invalid_payload"
    )


# -- Twilio --------------------------------------------------------------------------

TWILIO_URL = "https://voc.example.com/v1/hooks/twilio?tenant=acme"


def twilio_signed(params: dict[str, str], url: str = TWILIO_URL) -> tuple[dict[str, str], bytes]:
    """Twilio's documented scheme: URL + each POST name and value sorted by name, HMAC-SHA1."""
    message = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    signature = _b64_hmac("sha1", message.encode())
    return {"x-twilio-signature": signature}, urlencode(params).encode()


SMS = {
    "ToCountry": "FR",
    "ToState": "",
    "SmsMessageSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    "NumMedia": "0",
    "ToCity": "",
    "FromZip": "",
    "SmsSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    "FromState": "",
    "SmsStatus": "received",
    "FromCity": "PARIS",
    "Body": "Livraison encore en retard, je vais annuler.",
    "FromCountry": "FR",
    "To": "+33757000000",
    "MessagingServiceSid": "MGe8a3c1a0d1f5e4b3c2a1b0c9d8e7f6a5",
    "ToZip": "",
    "NumSegments": "1",
    "MessageSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "From": "+33612345678",
    "ApiVersion": "2010-04-01",
}


def test_twilio_sms_signed_over_url_and_sorted_params() -> None:
    headers, body = twilio_signed(SMS)
    [tp] = mapped("twilio", headers, body, TWILIO_URL)
    assert (tp.channel, tp.kind, tp.direction) == (Channel.phone, Kind.message, Direction.inbound)
    assert tp.customer.best_key() == "phone:+33612345678"
    assert tp.text == "Livraison encore en retard, je vais annuler."
    assert tp.event_id == "twilio:SM1f0e8ae6ade43cb3c0ce4525424e404f"
    assert tp.occurred_at == NOW
    assert tp.attributes["from_city"] == "PARIS"


def test_twilio_forged_or_wrong_url() -> None:
    headers, body = twilio_signed(SMS)
    assert (
        refused("twilio", headers, body, "https://voc.example.com/v1/hooks/twilio").reason
        == "invalid_signature"
    )
    tampered = urlencode(SMS | {"Body": "Tout va bien"}).encode()
    assert refused("twilio", headers, tampered, TWILIO_URL).status == 401
    assert refused("twilio", {}, body, TWILIO_URL).reason == "missing_signature"


def test_twilio_voice_transcription_and_call_status() -> None:
    transcription = {
        "TranscriptionSid": "TR8c61027b709ffb038236612dc5af8723",
        "TranscriptionText": "Bonjour, je n'arrive plus à me connecter depuis hier.",
        "TranscriptionStatus": "completed",
        "TranscriptionUrl": "https://api.twilio.com/2010-04-01/Accounts/AC0/Transcriptions/TR8c",
        "RecordingSid": "RE557ce644e5ab84fa21cc21112e22c485",
        "RecordingUrl": "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE557c",
        "CallSid": "CA1d9ab7c6d3b4b1d2e0f9a8b7c6d5e4f3",
        "AccountSid": "AC0123456789abcdef0123456789abcdef",
        "From": "+33612345678",
        "To": "+33757000000",
        "CallStatus": "completed",
        "ApiVersion": "2010-04-01",
        "Direction": "inbound",
    }
    headers, body = twilio_signed(transcription)
    [call] = mapped("twilio", headers, body, TWILIO_URL)
    assert (call.kind, call.text) == (
        Kind.call,
        "Bonjour, je n'arrive plus à me connecter depuis hier.",
    )
    assert call.attributes["recording_sid"] == "RE557ce644e5ab84fa21cc21112e22c485"
    status = {k: v for k, v in transcription.items() if not k.startswith("Transcription")}
    status |= {"CallDuration": "183", "Direction": "outbound-api", "To": "+33 6 99 88 77 66"}
    headers, body = twilio_signed(status)
    [ended] = mapped("twilio", headers, body, TWILIO_URL)
    assert (ended.kind, ended.text, ended.direction) == (Kind.call, None, Direction.outbound)
    assert ended.customer.best_key() == "phone:+33699887766"
    assert ended.attributes["call_duration_s"] == "183"
    ringing = status | {"CallStatus": "ringing"}
    headers, body = twilio_signed(ringing)
    assert mapped("twilio", headers, body, TWILIO_URL) == []
    failed = transcription | {"TranscriptionStatus": "failed"}
    headers, body = twilio_signed(failed)
    assert refused("twilio", headers, body, TWILIO_URL).reason == "transcription_failed"


# -- Discourse -----------------------------------------------------------------------


def discourse(event: str, payload: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    body = json.dumps(payload).encode()
    headers = {
        "x-discourse-instance": "https://forum.example.com",
        "x-discourse-event-id": "42",
        "x-discourse-event-type": event.split("_")[0],
        "x-discourse-event": event,
        "x-discourse-event-signature": "sha256=" + _hex_hmac("sha256", body),
    }
    return headers, body


POST: dict[str, Any] = {
    "id": 9981,
    "name": "Marie Curie",
    "username": "Marie_C",
    "avatar_template": "/user_avatar/forum.example.com/marie_c/{size}/3_2.png",
    "created_at": "2026-11-22T18:01:02.123Z",
    "cooked": "<p>The new pricing is <em>way</em> too high, switching to Globex.</p>",
    "raw": "The new pricing is *way* too high, switching to Globex.",
    "post_number": 3,
    "post_type": 1,
    "updated_at": "2026-11-22T18:01:02.123Z",
    "reply_count": 0,
    "reply_to_post_number": None,
    "topic_id": 311,
    "topic_slug": "pricing-change",
    "topic_title": "Pricing change in December",
    "category_id": 5,
    "version": 1,
    "staff": False,
    "admin": False,
    "moderator": False,
    "user_id": 77,
    "deleted_at": None,
}


def test_discourse_posts_created_and_edited() -> None:
    headers, body = discourse("post_created", {"post": POST})
    [tp] = mapped("discourse", headers, body)
    assert (tp.channel, tp.kind) == (Channel.community, Kind.post)
    assert tp.customer.best_key() == "handle:marie_c"
    assert tp.subject == "Pricing change in December"
    assert tp.text == "The new pricing is *way* too high, switching to Globex."
    assert tp.event_id == "discourse:post:9981"
    edited = POST | {"version": 2, "updated_at": "2026-11-22T19:00:00Z", "raw": "Too high."}
    headers, body = discourse("post_edited", {"post": edited})
    [again] = mapped("discourse", headers, body)
    assert (again.event_id, again.text) == ("discourse:post:9981:v2", "Too high.")
    headers, body = discourse("post_created", {"post": POST | {"staff": True}})
    assert mapped("discourse", headers, body) == []


def test_discourse_topics_map_to_nothing_and_forgeries_are_refused() -> None:
    topic = {"topic": {"id": 311, "title": "Pricing change", "created_by": {"username": "Marie_C"}}}
    headers, body = discourse("topic_created", topic)
    assert mapped("discourse", headers, body) == []
    headers, body = discourse("post_created", {"post": POST})
    forged = headers | {"x-discourse-event-signature": "sha256=" + "0" * 64}
    assert refused("discourse", forged, body).reason == "invalid_signature"
    assert refused("discourse", headers, body + b" ").status == 401


def test_unknown_source_and_invalid_json() -> None:
    assert refused("salesforce", {}, b"{}").status == 404
    body = b"{not json"
    assert refused("intercom", intercom_headers(body), body).reason == "invalid_json"
