import { json, jsonBody, jsonBytes, jsonObject, parseJson } from './summary-json';

describe('briefs as JSON bytes', () => {
  it('composes an object from the JSON of its fields, in their order, as JSON.stringify would', () => {
    const inner = jsonObject<{ ids: string[]; n: number }>({ ids: json(['a', 'é’']), n: json(2) });
    const whole = jsonObject<{ title: string; inner: { ids: string[]; n: number }; none: null }>({ title: json('Le « parc »'), inner, none: json(null) });
    const expected = { title: 'Le « parc »', inner: { ids: ['a', 'é’'], n: 2 }, none: null };
    expect(jsonBody(whole).toString('utf8')).toBe(JSON.stringify(expected));
    expect(parseJson(whole)).toEqual(expected);
    expect(jsonBytes(whole)).toBe(Buffer.byteLength(JSON.stringify(expected)));
    expect(jsonBody(jsonObject<object>({})).toString()).toBe('{}');
  });
});
