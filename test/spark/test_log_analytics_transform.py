"""Unit tests of the log-analytics transform on sample records (run by test/spark-log-analytics.test.ts)."""
import json
import unittest

from transform import bulk_body, count_errors, documents, error_key


def record(level, namespace="shop", time="2026-01-01T10:15:42.123456789Z", nested=False):
    if nested:
        return json.dumps({"log": {"level": level}, "kubernetes": {"namespace_name": namespace}, "@timestamp": time})
    return json.dumps({"log.level": level, "kubernetes.namespace_name": namespace, "@timestamp": time})


class ErrorKeyTest(unittest.TestCase):
    def test_an_error_record_is_keyed_by_namespace_and_minute(self):
        self.assertEqual(error_key(record("ERROR")), ("shop", "2026-01-01T10:15:00Z"))

    def test_nested_fields_and_other_error_spellings_count(self):
        self.assertEqual(error_key(record("fatal", nested=True)), ("shop", "2026-01-01T10:15:00Z"))
        self.assertEqual(error_key(json.dumps({"level": "crit", "kubernetes": {"namespace_name": "db"}, "time": 1767262542})), ("db", "2026-01-01T10:15:00Z"))

    def test_other_levels_and_unreadable_records_are_ignored(self):
        for raw in [record("info"), record("warning"), "not json", "[1, 2]", None, json.dumps({"log.level": "error"}), record("error", time="yesterday")]:
            self.assertIsNone(error_key(raw), raw)


class CountTest(unittest.TestCase):
    def test_counts_error_records_per_namespace_per_minute(self):
        raws = [
            record("error"), record("ERROR", time="2026-01-01T10:15:59Z"), record("info"),
            record("error", time="2026-01-01T10:16:00Z"), record("error", namespace="db"),
        ]
        self.assertEqual(count_errors(raws), {
            ("shop", "2026-01-01T10:15:00Z"): 2,
            ("shop", "2026-01-01T10:16:00Z"): 1,
            ("db", "2026-01-01T10:15:00Z"): 1,
        })

    def test_documents_have_ids_that_are_stable_per_batch(self):
        counts = {("shop", "2026-01-01T10:15:00Z"): 2}
        (doc_id, doc), = documents(counts, 7, "prod")
        self.assertEqual(doc, {"@timestamp": "2026-01-01T10:15:00Z", "kubernetes.namespace_name": "shop", "error.count": 2, "cluster": "prod"})
        self.assertEqual(documents(counts, 7, "prod")[0][0], doc_id)
        self.assertNotEqual(documents(counts, 8, "prod")[0][0], doc_id)

    def test_bulk_body_creates_each_document(self):
        body = bulk_body(documents({("shop", "2026-01-01T10:15:00Z"): 2}, 1, "dev"))
        action, source = [json.loads(line) for line in body.splitlines()]
        self.assertEqual(list(action), ["create"])
        self.assertEqual(source["error.count"], 2)
        self.assertEqual(bulk_body([]), "")


if __name__ == "__main__":
    unittest.main()
