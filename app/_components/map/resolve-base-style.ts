import { addProtocol, type StyleSpecification } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { offlineBaseStyle, readBasemapSetting } from '@/lib/map/base-style';
import { pmtilesStyle } from '@/lib/map/pmtiles-style';

let protocol: Protocol | undefined;

/** Registers the pmtiles:// protocol once, so styles (ours or a configured one) can use PMTiles sources. */
function ensurePmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol({ metadata: true });
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** The basemap style for NEXT_PUBLIC_MAP_STYLE: offline by default, a style URL, or a PMTiles archive. */
export async function resolveBaseStyle(setting: string | undefined): Promise<StyleSpecification | string> {
  const basemap = readBasemapSetting(setting);
  const pmtilesProtocol = ensurePmtilesProtocol();
  if (basemap.kind === 'offline') return offlineBaseStyle();
  if (basemap.kind === 'style-url') return basemap.url;
  const archive = new PMTiles(basemap.url);
  pmtilesProtocol.add(archive);
  const [header, metadata] = await Promise.all([archive.getHeader(), archive.getMetadata().catch(() => ({}))]);
  const meta = metadata as { vector_layers?: { id: string }[]; attribution?: string };
  return pmtilesStyle(`pmtiles://${basemap.url}`, {
    tileType: header.tileType,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    vectorLayerIds: (meta.vector_layers ?? []).map((l) => l.id),
    attribution: meta.attribution,
  });
}
