"""Pure transformation of the log-analytics job: no Spark, no network, so it is unit-tested with plain Python.

Input: container-log records as the log forwarder writes them to Kafka (one JSON object per message).
Output: documents for the error-counts data stream, one per namespace, minute and micro-batch.
"""
import hashlib
import json
import re
from datetime import datetime, timezone

# Level names (lowercased) that count as errors: syslog severities 0-3 and the usual logger spellings.
ERROR_LEVELS = frozenset({"error", "err", "fatal", "critical", "crit", "alert", "emerg", "emergency", "panic", "severe"})

# Where the level and namespace may be found: ECS-style dotted keys first, then Fluent Bit's nested form.
LEVEL_KEYS = ("log.level", "level", "severity")
NAMESPACE_KEYS = ("kubernetes.namespace_name",)
TIME_KEYS = ("@timestamp", "time", "timestamp")
# Nanosecond fractions (Fluent Bit) are cut to microseconds: Python 3.10's fromisoformat reads at most 6 digits.
FRACTION = re.compile(r"(\.\d{1,6})\d*")


def _lookup(record, dotted):
    if dotted in record:
        return record[dotted]
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _first(record, keys):
    for key in keys:
        value = _lookup(record, key)
        if value not in (None, ""):
            return value
    return None


def _minute(value):
    """Start of the minute of an ISO-8601 string or epoch seconds, in UTC; None when unreadable."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            moment = datetime.fromtimestamp(value, tz=timezone.utc)
        else:
            moment = datetime.fromisoformat(FRACTION.sub(r"\1", str(value).replace("Z", "+00:00"), count=1))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return moment.astimezone(timezone.utc).replace(second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M:00Z")


def error_key(raw):
    """(namespace, minute) of an error-level record; None for other levels and unreadable records."""
    try:
        record = json.loads(raw)
    except (TypeError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    level = _first(record, LEVEL_KEYS)
    namespace = _first(record, NAMESPACE_KEYS)
    if not isinstance(level, str) or level.strip().lower() not in ERROR_LEVELS or not isinstance(namespace, str):
        return None
    minute = _minute(_first(record, TIME_KEYS))
    return (namespace, minute) if minute else None


def count_errors(raws):
    """Error-level records per (namespace, minute) among `raws` (an iterable of Kafka message values)."""
    counts = {}
    for raw in raws:
        key = error_key(raw)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    return counts


def documents(counts, batch_id, cluster):
    """One document per (namespace, minute) with a stable id: replaying a micro-batch yields the same ids."""
    docs = []
    for (namespace, minute), count in sorted(counts.items()):
        doc_id = hashlib.sha256(f"{batch_id}/{namespace}/{minute}".encode()).hexdigest()[:32]
        docs.append((doc_id, {
            "@timestamp": minute,
            "kubernetes.namespace_name": namespace,
            "error.count": count,
            "cluster": cluster,
        }))
    return docs


def bulk_body(docs):
    """NDJSON for `POST <data stream>/_bulk`: `create` actions (data streams accept no other op type)."""
    lines = []
    for doc_id, doc in docs:
        lines.append(json.dumps({"create": {"_id": doc_id}}, sort_keys=True))
        lines.append(json.dumps(doc, sort_keys=True))
    return "\n".join(lines) + "\n" if lines else ""
