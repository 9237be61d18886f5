import type { Diagram, DiagramItem, DiagramLayer, DiagramOverlay, Glyph } from './diagram-types.ts';

/** Each layer's glyph, by the layer's id: where data comes from, moves, rests, is learned from and is read. */
const GLYPHS: Record<string, Glyph> = {
  source: 'file',
  sources: 'file',
  telemetry: 'file',
  database: 'database',
  processing: 'stream',
  ingestion: 'stream',
  ingest: 'stream',
  cdc: 'stream',
  log: 'stream',
  sink: 'stream',
  transform: 'stream',
  features: 'stream',
  storage: 'database',
  warehouse: 'database',
  lake: 'database',
  store: 'database',
  science: 'model',
  training: 'model',
  inference: 'model',
  business: 'dashboard',
  consumption: 'dashboard',
  serving: 'dashboard',
  service: 'dashboard',
  users: 'dashboard',
  bi: 'dashboard',
  analytics: 'dashboard',
};

const plain = (...labels: string[]): DiagramItem[] => labels.map((label) => ({ label }));
const tools = (...labels: string[]): DiagramItem[] => labels.map((label) => ({ label, kind: 'tool' }));
const layer = (id: string, title: string, ...items: DiagramItem[][]): DiagramLayer => ({ id, title, glyph: GLYPHS[id], items: items.flat() });
/** The on-premise slide names no tools: an open box is the joke, not a gap in the data. */
const unknown: DiagramItem[] = [{ label: '?', kind: 'unknown' }];

const sourceLayer = layer('source', 'Source Layer', plain('Files, SFTP, etc.', 'IoT', 'APIs', 'OLTP'));

const stackLayers: DiagramLayer[] = [
  sourceLayer,
  layer('processing', 'Data Processing', plain('Batch (ETL/ELT)', 'Streaming')),
  layer('storage', 'Storage', plain('Data Warehouse', 'Big Data Solution', 'Data Lake')),
  layer('science', 'Science & Experimentation', plain('Data science', 'Machine Learning')),
  layer('business', 'Business', plain('Business Intelligence')),
];

/** The seed's numbers in brackets; the Product Manager band spans the whole stack. */
const roles: DiagramOverlay[] = [
  { id: 'productManager', count: 1, label: 'Product Manager — manage data product', from: 'source', to: 'business', position: 'top' },
  { id: 'dataEngineer', count: 2, label: 'Data Engineer', from: 'source', to: 'storage', position: 'bottom' },
  { id: 'mlDataScientist', count: 3, label: 'ML Engineer / Data Scientist', from: 'science', to: 'science', position: 'bottom' },
  { id: 'biEngineer', count: 2, label: 'BI Engineer', from: 'business', to: 'business', position: 'bottom' },
];

/** Every architecture drawn in the talk, by the name MDX uses (`<ArchitectureDiagram diagram="…" />`). */
export const diagrams = {
  modernDataStack: { title: 'Modern Data Stack', tone: 'neutral', layers: stackLayers },
  roles: { title: 'Modern key layers and roles', tone: 'neutral', layers: stackLayers, overlays: roles },
  anna: {
    title: "Anna's architecture",
    tone: 'hardcore',
    layers: [
      sourceLayer,
      layer('processing', 'Data Processing', plain('Batch', 'Streaming')),
      layer('storage', 'Storage', tools('Hadoop', 'ClickHouse')),
      layer('science', 'Science & Experimentation', plain('Data science', 'Machine Learning')),
      layer('business', 'Business', plain('Business Intelligence'), tools('Plotly Dash')),
    ],
  },
  valera: {
    title: "Valera's architecture",
    tone: 'gentle',
    layers: [
      sourceLayer,
      layer('processing', 'Data Processing', plain('Batch (ETL/ELT)'), tools('Streaming with Snowpipe')),
      layer('storage', 'Storage', tools('Snowflake')),
      layer('science', 'Science & Experimentation', tools('Alteryx', 'DataRobot'), plain('Data science', 'Machine Learning')),
      layer('business', 'Business', tools('Looker'), plain('Business Intelligence')),
    ],
  },
  valeraOnPremise: {
    title: "Valera's on-premise architecture",
    tone: 'gentle',
    layers: [
      layer('source', 'Source Layer', plain('Files, SFTP, etc.', 'OLTP')),
      layer('processing', 'Data Processing', unknown),
      layer('storage', 'Storage', unknown),
      layer('science', 'Science & Experimentation', unknown),
      layer('business', 'Business', unknown),
    ],
  },
  awsDataWarehouse: {
    title: 'AWS Data Warehouse',
    tone: 'gentle',
    layers: [
      layer('sources', 'Source Systems', plain('Operational databases', 'Files and logs', 'Business applications')),
      layer('warehouse', 'Analytics Layer', plain('ETL'), tools('Amazon Redshift')),
      layer('service', 'Service Layer', plain('Reports and dashboards', 'SQL access')),
      layer('users', 'Business Users', plain('Analysts', 'Managers')),
    ],
  },
  synapse: {
    title: 'Modern solution with Synapse',
    tone: 'middle',
    layers: [
      sourceLayer,
      layer('processing', 'Data Processing', plain('Batch (ETL/ELT)'), tools('Event Hub, Stream Analytics', 'Spark pools', 'Serverless Pool')),
      layer('storage', 'Storage', tools('Dedicated SQL pool', 'Azure Data Lake v2')),
      layer('science', 'Science & Experimentation', tools('Spark Pool MLlib', 'Azure ML (not in Synapse)')),
      layer('business', 'Business', tools('Azure Synapse Studio', 'Serverless Pool')),
    ],
  },
  awsModernDataPlatform: {
    title: 'AWS modern data platform',
    tone: 'middle',
    layers: [
      layer('sources', 'Sources', plain('Databases', 'Streams', 'SaaS apps', 'Files')),
      layer('ingestion', 'Ingestion', tools('AWS DMS', 'Amazon Kinesis', 'Amazon AppFlow')),
      layer('lake', 'Lake House Storage', tools('Amazon S3 data lake', 'Amazon Redshift', 'AWS Lake Formation')),
      layer('processing', 'Processing', tools('AWS Glue', 'Amazon EMR')),
      layer('consumption', 'Consumption', tools('Amazon Athena', 'Amazon QuickSight', 'Amazon SageMaker')),
    ],
  },
  modernDataStackExample: {
    title: 'Example of a modern data stack',
    tone: 'neutral',
    layers: [
      layer('sources', 'Sources', plain('SaaS apps', 'Product events', 'Databases')),
      layer('ingestion', 'Ingestion', plain('ELT connectors', 'Event collector')),
      layer('warehouse', 'Warehouse', plain('Cloud data warehouse')),
      layer('transform', 'Transformation', plain('SQL models', 'Tests and docs')),
      layer('consumption', 'Consumption', plain('BI dashboards', 'Notebooks', 'Reverse ETL')),
    ],
  },
  awsFeatureStore: {
    title: 'AWS feature store for ML',
    tone: 'hardcore',
    layers: [
      layer('sources', 'Raw Data', tools('Amazon S3', 'Amazon Kinesis'), plain('Databases')),
      layer('features', 'Feature Engineering', tools('SageMaker Data Wrangler', 'SageMaker Processing')),
      layer('store', 'Feature Store', plain('Online store (low latency)', 'Offline store (S3)')),
      layer('training', 'Model Training', tools('SageMaker Training')),
      layer('inference', 'Inference', tools('SageMaker endpoints'), plain('Batch scoring')),
    ],
  },
  deltaLakeGaming: {
    title: 'Azure Delta Lake for gaming',
    tone: 'middle',
    layers: [
      layer('telemetry', 'Game Telemetry', plain('Game clients', 'Game servers', 'Purchases')),
      layer('ingestion', 'Ingestion', tools('Azure Event Hubs', 'Azure Data Factory')),
      layer('processing', 'Processing', tools('Azure Databricks'), plain('Structured Streaming')),
      layer('lake', 'Delta Lake', plain('Bronze: raw', 'Silver: cleaned', 'Gold: aggregates')),
      layer('serving', 'Serving', tools('Power BI', 'Azure Machine Learning')),
    ],
  },
  fivetranAirflowDbt: {
    title: 'Target state with Fivetran, Airflow and dbt',
    tone: 'neutral',
    layers: [
      layer('sources', 'Sources', plain('SaaS apps', 'Databases', 'Files')),
      layer('ingest', 'Ingest', tools('Fivetran')),
      layer('warehouse', 'Warehouse', plain('Cloud data warehouse')),
      layer('transform', 'Transform', tools('dbt')),
      layer('bi', 'BI', plain('Dashboards')),
    ],
    overlays: [{ id: 'airflow', label: 'Airflow — orchestrates ingest and transform', from: 'ingest', to: 'transform', position: 'bottom' }],
  },
  wePay: {
    title: 'Data pipeline at WePay',
    tone: 'hardcore',
    layers: [
      layer('database', 'Source DB', tools('MySQL')),
      layer('cdc', 'Change Data Capture', tools('Debezium')),
      layer('log', 'Event Log', tools('Kafka')),
      layer('sink', 'Sink', tools('Kafka Connect BigQuery')),
      layer('warehouse', 'Warehouse', tools('BigQuery')),
    ],
  },
  clinicalOpenSource: {
    title: 'Clinical data analytics (open source)',
    tone: 'hardcore',
    layers: [
      layer('sources', 'Clinical Sources', plain('EHR (HL7, FHIR)', 'Lab systems', 'CSV files')),
      layer('ingestion', 'Ingestion', tools('Apache NiFi', 'Apache Kafka')),
      layer('processing', 'Processing', tools('Apache Spark', 'Apache Airflow')),
      layer('storage', 'Storage', tools('HDFS', 'PostgreSQL')),
      layer('analytics', 'Analytics', tools('Jupyter', 'Apache Superset')),
    ],
  },
} satisfies Record<string, Diagram>;

/** A diagram's name as written in MDX. */
export type DiagramName = keyof typeof diagrams;

/** Narrows a string from MDX to a known diagram name. */
export function isDiagramName(name: string): name is DiagramName {
  return Object.hasOwn(diagrams, name);
}
