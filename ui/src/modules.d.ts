// Layout extensions without type declarations of their own: each is a Cytoscape extension.
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
declare module 'cytoscape-dagre' {
  const extension: cytoscape.Ext;
  export default extension;
}
