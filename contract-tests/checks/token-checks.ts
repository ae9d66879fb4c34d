/** The token flow: get_token, bad credentials, refresh_token, del_token and what a bad token answers. */
import { Errcode } from '../../schemas/error-catalogue.js';
import { expectError, expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check } from '../check.js';
import { shown } from '../finding.js';
import { answerField } from '../json-fields.js';

/** The token checks, in the order they run (token-spending flows last, see all-checks.ts). */
export const TOKEN_CHECKS: readonly Check[] = [
  {
    id: 'token.get',
    title:
      'get_token answers errcode 0 with 32-character access and refresh tokens and lifetimes 1800 and 86400',
    level: 'DOC',
    mockOnly: false,
    run(ctx, sink) {
      expectSuccess(sink, ctx.login, 'GetTokenAnswer');
      return Promise.resolve();
    },
  },
  {
    id: 'token.bad-credentials',
    title:
      'get_token with a wrong client id and secret answers -1 FAILURE naming "username or password"',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.badLogin();
      expectError(sink, answer, Errcode.FAILURE);
      const list = answerField(answer, 'invalid_param_list');
      const expected = [{ field: 'username or password', value: 'error' }];
      if (JSON.stringify(list) !== JSON.stringify(expected)) {
        violation(sink, metaOf(answer), {
          path: '$.invalid_param_list',
          expected: JSON.stringify(expected),
          found: shown(list),
        });
      }
    },
  },
  {
    id: 'token.missing',
    title: 'a call without access_token answers 10004 TOKEN EXPIRED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      expectError(sink, await ctx.useToken(undefined), Errcode.TOKEN_EXPIRED);
    },
  },
  {
    id: 'token.garbage',
    title: 'a call with an access_token the target never issued answers 10004 TOKEN EXPIRED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      expectError(
        sink,
        await ctx.useToken('0123456789abcdefNOTATOKEN0123456'),
        Errcode.TOKEN_EXPIRED,
      );
    },
  },
  {
    id: 'token.bearer-ignored',
    title:
      'a token sent only as Authorization: Bearer is ignored and the call answers 10004 TOKEN EXPIRED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/list',
        query: { page_size: '1', user_type: '9' },
        headers: { Authorization: `Bearer ${ctx.token}` },
      });
      expectError(sink, answer, Errcode.TOKEN_EXPIRED);
    },
  },
];

/** Checks that spend tokens (a second and a third login); they run last so the run's token is not at risk. */
export const TOKEN_FLOW_CHECKS: readonly Check[] = [
  {
    id: 'token.refresh',
    title:
      'refresh_token answers a new access token and a new refresh token, and the new access token works',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const flow = await ctx.refreshFlow();
      if (!expectSuccess(sink, flow.login, 'GetTokenAnswer') || !flow.refresh) return;
      if (!expectSuccess(sink, flow.refresh, 'RefreshTokenAnswer')) return;
      const meta = metaOf(flow.refresh);
      const access = answerField(flow.refresh, 'access_token');
      const refresh = answerField(flow.refresh, 'refresh_token');
      if (access === flow.oldAccess) {
        violation(sink, meta, {
          path: '$.access_token',
          rule: 'refresh_token must issue a new access token',
          expected: 'a token different from the one being refreshed',
          found: 'the same access token',
        });
      }
      if (refresh === flow.oldRefresh) {
        violation(sink, meta, {
          path: '$.refresh_token',
          rule: 'refresh_token must issue a new refresh token too',
          expected: 'a token different from the one sent',
          found: 'the same refresh token',
        });
      }
      if (flow.newUse) expectSuccess(sink, flow.newUse, 'MessageSessionListAnswer');
    },
  },
  {
    id: 'token.refresh-old',
    title: 'after refresh_token the previous access token answers 10004 TOKEN EXPIRED',
    level: 'OPEN',
    mockOnly: false,
    async run(ctx, sink) {
      const flow = await ctx.refreshFlow();
      if (!flow.oldUse)
        return sink.skip('the refresh flow did not get that far (see token.refresh)');
      sink.note(
        `the previous access token answered errcode ${flow.oldUse.errcode ?? 'absent'}`,
        flow.oldUse.request,
      );
      expectError(sink, flow.oldUse, Errcode.TOKEN_EXPIRED);
    },
  },
  {
    id: 'token.del',
    title: 'del_token answers errcode 0 SUCCESS',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      const flow = await ctx.revokeFlow();
      if (!expectSuccess(sink, flow.login, 'GetTokenAnswer') || !flow.del) return;
      expectSuccess(sink, flow.del, 'DelTokenAnswer');
    },
  },
  {
    id: 'token.revoked',
    title: 'an access token revoked with del_token answers 10004 TOKEN EXPIRED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const flow = await ctx.revokeFlow();
      if (!flow.after) return sink.skip('no token was revoked (see token.del)');
      expectError(sink, flow.after, Errcode.TOKEN_EXPIRED);
    },
  },
];
