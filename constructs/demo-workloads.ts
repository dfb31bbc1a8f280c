import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { requireInteger } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { PodMonitor } from './monitors';
import { imageTag } from './operator-managed';

/** The environment's `demo` block: present only where demo traffic is wanted (dev). */
export interface DemoSettings {
  readonly resources: ResourceSpec;
  /** Seconds between two rounds of requests of the curl loop and between two JSON log lines. */
  readonly intervalSeconds: number;
}

export interface DemoWorkloadsProps extends DemoSettings {
  readonly images: { readonly webServer: string; readonly webExporter: string; readonly curl: string; readonly shell: string };
}

const WEB_PORT = 8080;
const SCRIPTS_DIR = '/scripts';

/** nginx: JSON access log on stdout, stub_status for the exporter, all temp files under /tmp. */
const NGINX_CONF = {
  pid: '/tmp/nginx.pid',
  events: {},
  http: {
    client_body_temp_path: '/tmp/client_body',
    proxy_temp_path: '/tmp/proxy',
    fastcgi_temp_path: '/tmp/fastcgi',
    uwsgi_temp_path: '/tmp/uwsgi',
    scgi_temp_path: '/tmp/scgi',
    log_format: 'access escape=json \'{"http.request.method":"$request_method","url.path":"$uri","http.response.status_code":$status,"http.response.body.bytes":$body_bytes_sent,"source.ip":"$remote_addr","event.duration":$request_time,"user_agent":"$http_user_agent"}\'',
    access_log: '/dev/stdout access',
    error_log: '/dev/stderr warn',
  },
  locations: [
    ['/stub_status', 'stub_status;'],
    ['/', 'return 200 "ok\\n";'],
    ['/slow', 'return 200 "slow\\n";'],
    ['/missing', 'return 404;'],
    ['/error', 'return 500;'],
  ],
} as const;

/** nginx.conf from NGINX_CONF (nginx's own format; every directive comes from the object above). */
function nginxConf(): string {
  const http = Object.entries(NGINX_CONF.http).map(([k, v]) => `  ${k} ${v};`).join('\n');
  const locations = NGINX_CONF.locations.map(([path, body]) => `    location ${path} { ${body} }`).join('\n');
  return `pid ${NGINX_CONF.pid};\nevents {}\nerror_log /dev/stderr warn;\nhttp {\n${http}\n  server {\n    listen ${WEB_PORT};\n${locations}\n  }\n}\n`;
}

/** Shell scripts for the curl loop and the JSON producer (generated from the paths and settings). */
function scripts(webUrl: string, interval: number): Record<string, string> {
  const paths = NGINX_CONF.locations.map(([p]) => p).filter((p) => p !== '/stub_status');
  return {
    'traffic.sh': [
      '#!/bin/sh',
      '# Requests the demo web server in a loop so it writes access logs (the seed\'s curl loop).',
      'set -u',
      'agents="curl/demo Mozilla/5.0 kube-probe/1.32"',
      'while true; do',
      `  for path in ${paths.join(' ')}; do`,
      '    for agent in $agents; do',
      `      curl -s -o /dev/null -A "$agent" "${webUrl}$path" || echo "request to $path failed" >&2`,
      '    done',
      '  done',
      `  sleep ${interval}`,
      'done',
      '',
    ].join('\n'),
    'json-logs.sh': [
      '#!/bin/sh',
      '# Writes one JSON log line per interval and counts them on a /metrics page served by busybox httpd.',
      'set -u',
      'mkdir -p /tmp/www',
      'count=0',
      'httpd -p 9102 -h /tmp/www',
      'while true; do',
      '  count=$((count + 1))',
      '  case $((count % 10)) in 0) level=error ;; 3|6) level=warn ;; *) level=info ;; esac',
      '  printf \'{"@timestamp":"%s","log.level":"%s","message":"demo event %d","event.sequence":%d}\\n\' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$level" "$count" "$count"',
      '  printf \'# TYPE demo_log_lines_total counter\\ndemo_log_lines_total %d\\n\' "$count" > /tmp/www/metrics.tmp && mv /tmp/www/metrics.tmp /tmp/www/metrics',
      `  sleep ${interval}`,
      'done',
      '',
    ].join('\n'),
  };
}

/**
 * Demo traffic for the log pipeline (dev only): an nginx web server with a curl loop beside it that
 * produces access logs (JSON, with the ECS fields the container stream maps), and a JSON log
 * producer. Public images; scripts and nginx.conf in ConfigMaps; no image builds. Both expose
 * metrics (nginx exporter, a counter page) so they are scraped like every workload.
 */
export class DemoWorkloads extends Construct {
  constructor(scope: Construct, id: string, props: DemoWorkloadsProps) {
    super(scope, id);
    requireInteger('intervalSeconds', props.intervalSeconds, 1);
    const web = { name: 'demo-web', component: 'demo', version: imageTag(props.images.webServer) };
    const logger = { name: 'demo-json-logger', component: 'demo', version: imageTag(props.images.shell) };
    const config = new k8s.KubeConfigMap(this, 'Config', {
      metadata: { name: 'demo-workloads', labels: recommendedLabels({ name: 'demo-workloads', component: 'demo' }) },
      data: { 'nginx.conf': nginxConf(), ...scripts(`http://127.0.0.1:${WEB_PORT}`, props.intervalSeconds) },
    });
    const scriptVolume = { name: 'scripts', configMap: { name: config.name, defaultMode: 0o555 } };
    const tmp = { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } };
    const deployment = (id: string, identity: typeof web, containers: k8s.Container[], volumes: k8s.Volume[]) =>
      new k8s.KubeDeployment(this, id, {
        metadata: { name: identity.name, labels: recommendedLabels(identity) },
        spec: {
          replicas: 1,
          selector: { matchLabels: selectorLabels(identity) },
          template: {
            metadata: { labels: recommendedLabels(identity) },
            spec: { automountServiceAccountToken: false, securityContext: hardenedPodSecurityContext({ runAsUser: 101 }), containers, volumes },
          },
        },
      });
    const metricsPort = (port: number): k8s.ContainerPort => ({ name: 'metrics', containerPort: port });
    const probe = (path: string, port: string): k8s.Probe => ({ httpGet: { path, port: k8s.IntOrString.fromString(port) } });

    deployment('Web', web, [
      hardenedContainer({
        name: 'nginx', image: props.images.webServer, resources: props.resources, runAsUser: 101,
        command: ['nginx', '-c', '/etc/nginx/platform/nginx.conf', '-g', 'daemon off;'],
        ports: [{ name: 'http', containerPort: WEB_PORT }],
        readinessProbe: probe('/', 'http'), livenessProbe: probe('/', 'http'),
        volumeMounts: [{ name: 'scripts', mountPath: '/etc/nginx/platform', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
      }),
      hardenedContainer({
        name: 'exporter', image: props.images.webExporter, resources: props.resources, runAsUser: 101,
        args: [`--nginx.scrape-uri=http://127.0.0.1:${WEB_PORT}/stub_status`, '--web.listen-address=:9113'],
        ports: [metricsPort(9113)], readinessProbe: probe('/metrics', 'metrics'),
      }),
      hardenedContainer({
        name: 'traffic', image: props.images.curl, resources: props.resources, runAsUser: 101,
        command: ['/bin/sh', `${SCRIPTS_DIR}/traffic.sh`],
        volumeMounts: [{ name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true }],
      }),
    ], [scriptVolume, tmp]);
    deployment('JsonLogger', logger, [
      hardenedContainer({
        name: 'logger', image: props.images.shell, resources: props.resources, runAsUser: 101,
        command: ['/bin/sh', `${SCRIPTS_DIR}/json-logs.sh`],
        ports: [metricsPort(9102)], readinessProbe: probe('/metrics', 'metrics'), livenessProbe: probe('/metrics', 'metrics'),
        volumeMounts: [{ name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
      }),
    ], [scriptVolume, tmp]);
    for (const identity of [web, logger]) {
      new PodMonitor(this, `Monitor-${identity.name}`, { name: identity.name, selector: selectorLabels(identity), endpoints: [{ port: 'metrics' }] });
    }
  }
}
