import { Graph, layout } from "@dagrejs/dagre";
import type { RepositoryDescription } from "@aws-sdk/client-codeartifact";
import { links } from "./router";

const nodeHeight = 36;
const charWidth = 7.4;
const padding = 24;

interface Node {
  id: string;
  label: string;
  external: boolean;
}

/**
 * The domain's repositories as an SVG picture: an arrow from a repository to each of its upstreams
 * (numbered in search order) and to its external connection, laid out left to right by dagre.
 */
export function UpstreamGraph({ domain, repositories }: { domain: string; repositories: RepositoryDescription[] }) {
  const graph = new Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 70, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const addNode = (id: string, label: string, external: boolean) =>
    graph.setNode(id, { id, label, external, width: Math.max(90, label.length * charWidth + padding), height: nodeHeight });
  for (const repository of repositories) addNode(`r:${repository.name}`, repository.name!, false);
  for (const repository of repositories) {
    repository.upstreams?.forEach((upstream, index) => {
      if (!graph.hasNode(`r:${upstream.repositoryName}`)) addNode(`r:${upstream.repositoryName}`, upstream.repositoryName!, false);
      graph.setEdge(`r:${repository.name}`, `r:${upstream.repositoryName}`, { label: String(index + 1), width: 14, height: 14 });
    });
    for (const connection of repository.externalConnections ?? []) {
      const id = `x:${connection.externalConnectionName}`;
      if (!graph.hasNode(id)) addNode(id, connection.externalConnectionName!, true);
      graph.setEdge(`r:${repository.name}`, id);
    }
  }
  if (graph.nodeCount() === 0) return <p className="muted">No repositories yet.</p>;
  layout(graph);
  const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
  const upstreamCount = repositories.reduce((n, r) => n + (r.upstreams?.length ?? 0), 0);
  return (
    <figure className="graph">
      <svg
        role="img"
        aria-labelledby="graph-title"
        viewBox={`0 0 ${Math.ceil(width)} ${Math.ceil(height)}`}
        width={Math.ceil(width)}
        height={Math.ceil(height)}
      >
        <title id="graph-title">
          Upstream graph of {domain}: {repositories.length} repositories, {upstreamCount} upstream links
        </title>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
          </marker>
        </defs>
        {graph.edges().map((e) => {
          const edge = graph.edge(e) as { points: Array<{ x: number; y: number }>; label?: string; x?: number; y?: number };
          const path = edge.points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
          return (
            <g key={`${e.v}->${e.w}`} className={e.w.startsWith("x:") ? "edge external" : "edge"}>
              <path d={path} markerEnd="url(#arrow)" />
              {edge.label && edge.x !== undefined && (
                <text x={edge.x} y={(edge.y ?? 0) + 4} textAnchor="middle" className="edge-label">
                  {edge.label}
                </text>
              )}
            </g>
          );
        })}
        {graph.nodes().map((id) => {
          const node = graph.node(id) as Node & { x: number; y: number; width: number; height: number };
          const box = (
            <>
              <rect x={node.x - node.width / 2} y={node.y - node.height / 2} width={node.width} height={node.height} rx={node.external ? 18 : 6} />
              <text x={node.x} y={node.y + 4} textAnchor="middle">
                {node.label}
              </text>
            </>
          );
          return node.external ? (
            <g key={id} className="node external">
              {box}
            </g>
          ) : (
            <a key={id} href={links.repository(domain, node.label)} className="node">
              {box}
            </a>
          );
        })}
      </svg>
      <figcaption className="muted">
        Arrows point from a repository to its upstreams, numbered in search order; rounded boxes are external connections.
      </figcaption>
    </figure>
  );
}
