import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { schemas } from '../../schemas/registry.js';
import { createMockPbx } from '../app.js';
import { API_PREFIX, DEVICE_ENDPOINTS } from '../../schemas/device-endpoints.js';
import { buildOpenApi } from './openapi.js';

type Doc = {
  paths: Record<string, Record<string, { 'x-pbx-errcodes'?: { errcode: number }[] }>>;
  components: { schemas: Record<string, unknown> };
  'x-pbx-error-catalogue': { errcode: number; errmsg: string }[];
};

/** Validates any object as an OpenAPI document (the validator types its input narrowly). */
async function isValid(document: unknown): Promise<{ valid: boolean }> {
  return validate(document as Parameters<typeof validate>[0]);
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 for a maintained validator (@readme/openapi-parser)', async () => {
    const result = await isValid(structuredClone(buildOpenApi()));
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it('would be caught by that validator if it broke (a dangling $ref, a missing info)', async () => {
    const dangling = structuredClone(buildOpenApi()) as Doc;
    delete dangling.components.schemas.SessionInfo;
    expect((await isValid(dangling)).valid).toBe(false);
    const { info: _info, ...noInfo } = structuredClone(buildOpenApi());
    expect((await isValid(noInfo)).valid).toBe(false);
  });

  it('embeds every registered schema as a component, without $id, with refs inside the document', () => {
    const doc = buildOpenApi() as Doc;
    expect(Object.keys(doc.components.schemas).sort()).toEqual(schemas.map((s) => s.title).sort());
    const text = JSON.stringify(doc);
    expect(text).not.toContain('"$id"');
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g))
      expect(ref).toMatch(/^#\/components\//);
  });

  it('describes every endpoint the mock serves, with the method it takes and its errcodes', () => {
    const doc = buildOpenApi() as Doc;
    for (const endpoint of DEVICE_ENDPOINTS) {
      const name = endpoint.name;
      const operation = doc.paths[`${API_PREFIX}${name}`]?.[endpoint.method.toLowerCase()];
      expect(operation, name).toBeDefined();
      const codes = (operation?.['x-pbx-errcodes'] ?? []).map((row) => row.errcode);
      expect(codes, name).toEqual(expect.arrayContaining([40002, 10001]));
      if (endpoint.auth) expect(codes, name).toContain(10004);
    }
  });

  it('describes message/batchupload as a multipart form, and where its files are served', () => {
    const doc = buildOpenApi() as unknown as Record<
      string,
      Record<string, Record<string, Record<string, unknown>>>
    >;
    const upload = doc.paths?.[`${API_PREFIX}message/batchupload`]?.post as {
      requestBody: { content: Record<string, unknown> };
      'x-pbx-errcodes': { errcode: number }[];
      'x-pbx-mutating': boolean;
    };
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    const codes = upload['x-pbx-errcodes'].map((row) => row.errcode);
    expect(codes).toEqual(expect.arrayContaining([40004, 60002, 40002, 10004]));
    expect(codes).not.toContain(40001);
    expect(upload['x-pbx-mutating']).toBe(true);
    expect(doc.paths?.['/__mock_files/{id}/{name}']?.get).toMatchObject({
      operationId: 'uploadedFile',
    });
  });

  it('lists the catalogue, configured extras included, when served by a mock', async () => {
    const pbx = createMockPbx({
      extraErrcodes: [{ errcode: 70200, errmsg: 'NEW FIRMWARE ERROR', meaning: 'test' }],
    });
    const res = await request(pbx.app).get('/__mock/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as Doc;
    expect(doc['x-pbx-error-catalogue']).toHaveLength(ERROR_CATALOGUE.length + 1);
    expect(doc['x-pbx-error-catalogue']).toContainEqual({
      errcode: 70200,
      errmsg: 'NEW FIRMWARE ERROR',
      meaning: 'test',
    });
  });

  it('is what openapi/pbx-openapi.json holds (npm run gen:openapi)', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../openapi/pbx-openapi.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const { 'x-generated': banner, ...rest } = file;
    expect(banner).toMatch(/GENERATED FILE/);
    expect(rest).toEqual(buildOpenApi());
  });
});
