"""Streaming log analytics: error-level container-log records per namespace per minute, Kafka to Elasticsearch.

I/O only; the transformation is in transform.py. Every setting comes from the environment the
Deployment sets (see constructs/spark-log-analytics.ts).
"""
import base64
import json
import os
import ssl
import sys
import urllib.request
from operator import add

from pyspark.sql import SparkSession

from transform import bulk_body, count_errors, documents


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"log-analytics: environment variable {name} is not set")
    return value


def elasticsearch_writer():
    url = env("ES_URL").rstrip("/")
    data_stream = env("ES_DATA_STREAM")
    cluster = env("CLUSTER")
    auth = base64.b64encode(f"{env('ES_USERNAME')}:{env('ES_PASSWORD')}".encode()).decode()
    context = ssl.create_default_context(cafile=env("ES_CA_FILE"))

    def write(batch, batch_id):
        pairs = batch.rdd.map(lambda row: row.value).mapPartitions(lambda raws: count_errors(raws).items()).reduceByKey(add).collect()
        body = bulk_body(documents(dict(pairs), batch_id, cluster))
        if not body:
            return
        request = urllib.request.Request(f"{url}/{data_stream}/_bulk", data=body.encode(), method="POST", headers={
            "Authorization": f"Basic {auth}", "Content-Type": "application/x-ndjson"})
        with urllib.request.urlopen(request, context=context, timeout=60) as response:
            result = json.load(response)
        # 409: the document of a replayed micro-batch already exists; anything else fails the query.
        failed = [item["create"] for item in result.get("items", []) if item["create"].get("status", 500) not in (200, 201, 409)]
        if failed:
            raise RuntimeError(f"Elasticsearch rejected {len(failed)} documents, first: {failed[0]}")

    return write


def main():
    spark = SparkSession.builder.appName("log-analytics").getOrCreate()
    # The executors consume Kafka too, and only the driver has the CA file: hand them its PEM text.
    with open(env("KAFKA_CA_FILE"), encoding="ascii") as ca:
        kafka_ca = ca.read()
    values = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", env("KAFKA_BOOTSTRAP_SERVERS"))
        .option("subscribe", env("KAFKA_TOPIC"))
        .option("kafka.group.id", env("KAFKA_GROUP"))
        .option("kafka.security.protocol", "SASL_SSL")
        .option("kafka.sasl.mechanism", "SCRAM-SHA-512")
        .option("kafka.sasl.jaas.config", env("KAFKA_SASL_JAAS_CONFIG"))
        .option("kafka.ssl.truststore.type", "PEM")
        .option("kafka.ssl.truststore.certificates", kafka_ca)
        .option("startingOffsets", "latest")
        .option("failOnDataLoss", "false")
        .load()
        .selectExpr("CAST(value AS STRING) AS value")
    )
    query = (
        values.writeStream.queryName("error_counts")
        .foreachBatch(elasticsearch_writer())
        .option("checkpointLocation", env("CHECKPOINT_DIR"))
        .trigger(processingTime=env("TRIGGER_INTERVAL"))
        .start()
    )
    query.awaitTermination()


if __name__ == "__main__":
    main()
