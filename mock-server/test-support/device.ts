/** Helpers for tests that talk to an in-process mock through supertest, the way a client talks to a device. */
import request from 'supertest';
import type { Express } from 'express';
import { expect } from 'vitest';
import { validate, describeErrors } from '../../schemas/validators.js';
import type { SchemaTitle } from '../../schemas/validators.js';

/** The path prefix of the device's API. */
export const API = '/openapi/v1.0';

/** The header every device request needs. */
export const USER_AGENT = { 'User-Agent': 'OpenAPI' };

/** Logs in with the default credentials and returns the pair. */
export async function login(
  app: Express,
  username = 'mock-client-id',
  password = 'mock-client-secret',
): Promise<{ access_token: string; refresh_token: string }> {
  const res = await apiPost(app, 'get_token', { username, password });
  expect(res.body).toMatchObject({ errcode: 0, errmsg: 'SUCCESS' });
  return res.body as { access_token: string; refresh_token: string };
}

/** POST a JSON body to an endpoint (get_token, refresh_token), with the User-Agent the device needs. */
export function apiPost(app: Express, endpoint: string, body: unknown): request.Test {
  return request(app)
    .post(`${API}/${endpoint}`)
    .set(USER_AGENT)
    .send(body as object);
}

/** POST a JSON body with an access token in the query, as message/send, close and transfer take it. */
export function apiPostAuthed(
  app: Express,
  endpoint: string,
  accessToken: string,
  body: unknown,
): request.Test {
  return request(app)
    .post(`${API}/${endpoint}`)
    .query({ access_token: accessToken })
    .set(USER_AGENT)
    .send(body as object);
}

/** POSTs raw text as a JSON body, to send what a serialiser never would. */
export function apiPostRaw(app: Express, endpoint: string, text: string): request.Test {
  return request(app)
    .post(`${API}/${endpoint}`)
    .set(USER_AGENT)
    .set('Content-Type', 'application/json')
    .send(text);
}

/** GET an endpoint with a token and query parameters. */
export function apiGet(
  app: Express,
  endpoint: string,
  query: Record<string, string | number>,
): request.Test {
  return request(app).get(`${API}/${endpoint}`).query(query).set(USER_AGENT);
}

/** Asserts `body` matches schema `title`, naming every ajv error when it does not. */
export function expectSchema(title: SchemaTitle, body: unknown): void {
  const errors = validate(title, body);
  expect(errors, describeErrors(errors)).toEqual([]);
}
