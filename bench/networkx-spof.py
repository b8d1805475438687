"""The single-domain SPOFs of a benchmark estate, computed the plain way in Python with networkx.

A point of comparison for `npm run bench:networkx` (bench/compare-networkx.mjs), not part
of faultline: it reads the estate bench/generate-estate.mjs writes (faultline.yaml,
inventory.json and, with edges, dependencies.json), builds one networkx DiGraph
(capability -> component -> region or zone group -> resource -> the resources it needs),
and for each failure domain propagates the failure up from the resources in it, a node
going down when all of its alternatives are down (any-region, any-zone) or any of its
needs is (everything else). It prints the time to read and to compute, and each
capability's SPOF domains, named as faultline names them.

It covers only what the generated estates use: tag selections with redundancy all,
any-region or any-zone, declared components with a provider, region and account,
capabilities needing components and capabilities, and resource-to-resource needs.

Usage: python3 bench/networkx-spof.py FOLDER
"""
import json
import os
import sys
import time
from collections import defaultdict

import networkx as nx
import yaml


def read(folder):
    with open(os.path.join(folder, "faultline.yaml")) as f:
        manifest = yaml.safe_load(f)
    with open(os.path.join(folder, "inventory.json")) as f:
        resources = json.load(f)["resources"]
    needs = []
    path = os.path.join(folder, "dependencies.json")
    if os.path.exists(path):
        with open(path) as f:
            needs = json.load(f)["dependencies"]
    return manifest, resources, needs


def domains_of(entry):
    provider = entry.get("provider")
    if provider is None:
        return []
    found = [f"provider:{provider}"]
    if entry.get("region"):
        found.append(f"region:{provider}/{entry['region']}")
    if entry.get("zone"):
        found.append(f"zone:{provider}/{entry['zone']}")
    if entry.get("account"):
        found.append(f"account:{provider}/{entry['account']}")
    return found


def build(manifest, resources, needs):
    """Edges point from what needs to what is needed; `op` is "all" or "any"."""
    graph = nx.DiGraph()
    members = defaultdict(list)
    for resource in resources:
        graph.add_node(resource["id"], op="all", domains=domains_of(resource))
        members[resource["tags"]["service"]].append(resource)
    for need in needs:
        for target in need["to"]:
            graph.add_edge(need["from"], target)
    for name, spec in manifest["components"].items():
        if "select" not in spec:
            graph.add_node(name, op="all", domains=domains_of(spec))
            continue
        selected = members[spec["select"]["tags"]["service"]]
        redundancy = spec.get("redundancy", "all")
        if redundancy == "all":
            graph.add_node(name, op="all", domains=[])
            for resource in selected:
                graph.add_edge(name, resource["id"])
            continue
        key = "region" if redundancy == "any-region" else "zone"
        graph.add_node(name, op="any", domains=[])
        for resource in selected:
            group = f"{name}@{resource[key]}"
            if group not in graph:
                graph.add_node(group, op="all", domains=[])
                graph.add_edge(name, group)
            graph.add_edge(group, resource["id"])
    for name, spec in manifest["capabilities"].items():
        graph.add_node(name, op="all", domains=[])
        for term in spec["requires"]:
            graph.add_edge(name, term)
    return graph


def spof_domains(graph, capabilities):
    in_domain = defaultdict(list)
    for node, domains in graph.nodes(data="domains"):
        for domain in domains:
            in_domain[domain].append(node)
    found = {capability: [] for capability in capabilities}
    for domain, failed in in_domain.items():
        down = set(failed)
        lost = defaultdict(int)  # node -> how many of its needs are down
        queue = list(failed)
        while queue:
            node = queue.pop()
            for parent in graph.predecessors(node):
                if parent in down:
                    continue
                lost[parent] += 1
                if graph.nodes[parent]["op"] == "all" or lost[parent] == graph.out_degree(parent):
                    down.add(parent)
                    queue.append(parent)
        for capability in capabilities:
            if capability in down:
                found[capability].append(domain)
    return {capability: sorted(domains) for capability, domains in found.items()}


def main():
    folder = sys.argv[1]
    started = time.perf_counter()
    cpu = time.process_time()
    manifest, resources, needs = read(folder)
    graph = build(manifest, resources, needs)
    built = time.perf_counter()
    result = spof_domains(graph, list(manifest["capabilities"]))
    done = time.perf_counter()
    json.dump(
        {
            "readMs": (built - started) * 1000,
            "computeMs": (done - built) * 1000,
            "totalMs": (done - started) * 1000,
            "cpuMs": (time.process_time() - cpu) * 1000,
            "nodes": graph.number_of_nodes(),
            "spofDomains": result,
        },
        sys.stdout,
    )


main()
