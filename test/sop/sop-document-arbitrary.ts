import fc from "fast-check";

/**
 * SOP documents as people write them, not as sopflow renders them: other
 * bullets and number markers, setext titles, inline styles, reference links,
 * HTML blocks and comments, tables, and sections sopflow does not know.
 */
const word = fc.constantFrom(
  "check",
  "the",
  "invoice",
  "Übergabe",
  "漢字",
  "*emphasis*",
  "_emphasis_",
  "**strong**",
  "__strong__",
  "`code`",
  "[policy](https://example.com/p)",
  '[policy](https://example.com/p "Title")',
  "[policy][ref]",
  "<https://example.com>",
  "\\*escaped\\*",
  "&amp;",
  "1.5",
  "(see below)",
);
const sentence = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => {
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
});
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(" "));

const bulletList = fc
  .tuple(
    fc.constantFrom("-", "*", "+"),
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([bullet, items, spread]) =>
    items.map((item) => `${bullet} ${item}`).join(spread ? "\n\n" : "\n"),
  );

const orderedList = fc
  .tuple(
    fc.constantFrom(".", ")"),
    fc.array(fc.tuple(sentence, fc.array(sentence, { maxLength: 2 })), {
      minLength: 1,
      maxLength: 5,
    }),
    fc.constantFrom(1, 3),
  )
  .map(([delimiter, items, start]) =>
    items
      .map(([text, subs], i) =>
        [
          `${start + i}${delimiter} ${text}`,
          ...subs.map((sub, k) => `   ${k + 1}${delimiter} ${sub}`),
        ].join("\n"),
      )
      .join("\n"),
  );

const extra = fc.constantFrom(
  "<!-- Reviewed by the safety officer; keep. -->",
  "<details>\n<summary>Background</summary>\n\nWhy we do it this way.\n\n</details>",
  "> **Caution:** the machine is hot.",
  "| Tool | Access |\n|------|:------:|\n| SAP  | read   |",
  "```sh\nrun --all\n```",
  "***",
  "Some *emphasised* and __strong__ text with a [link][ref].",
);

const edgeCases = fc
  .array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 3 })
  .map((cases) =>
    cases.map(([c, a]) => `- **${c.slice(0, -1)}**: ${a}`).join("\n"),
  );

const revisionTable = fc
  .array(fc.tuple(fc.constantFrom("1.0", "1.1", "2.0"), sentence), {
    maxLength: 3,
  })
  .map((rows) =>
    [
      "| Version | Date | Author | Change |",
      "|---|---|---|---|",
      ...rows.map(([v, c]) => `| ${v} | 2026-01-02 | @kim | ${c} |`),
    ].join("\n"),
  );

const section = (title: string, body: fc.Arbitrary<string>) =>
  fc
    .tuple(body, fc.option(extra, { nil: null }), fc.boolean())
    .map(([text, more, before]) =>
      [
        `## ${title}`,
        ...(more !== null && before ? [more] : []),
        text,
        ...(more !== null && !before ? [more] : []),
      ].join("\n\n"),
    );

const unknownSection = fc
  .tuple(
    fc.constantFrom("Notes", "Safety", "References", "1.0 Background"),
    extra,
    paragraph,
  )
  .map(([title, more, text]) => `## ${title}\n\n${more}\n\n${text}`);

const frontMatter = fc.constantFrom(
  "",
  "---\n# kept comment\nid: sop-1\ntitle: Handover\nversion: '1.0'\nstatus: draft\nextra_key: [a, b]\n---\n\n",
  '---\nid: sop-2\nversion: "2.1"\nstatus: published\napproval:\n  by: "@ines"\n  at: 2026-01-01\n  link: null\n---\n\n',
);

const title = fc.constantFrom(
  "# Hand over the on-call phone",
  "Hand over the on-call phone\n===========================",
);

export const sopDocumentArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    frontMatter,
    title,
    fc.option(extra, { nil: null }),
    section("Purpose", paragraph),
    fc.option(section("Scope", paragraph), { nil: null }),
    section("Trigger", paragraph),
    section("Roles", bulletList),
    fc.option(unknownSection, { nil: null }),
    section("Prerequisites", bulletList),
    section("Steps", orderedList),
    section("Edge cases", edgeCases),
    section("Definition of done", bulletList),
    section("Revision history", revisionTable),
    fc.option(unknownSection, { nil: null }),
    fc.boolean(),
  )
  .map(([fm, heading, intro, ...rest]) => {
    const definitions = rest.pop() === true;
    const blocks = [heading, intro, ...rest].filter(
      (b): b is string => typeof b === "string",
    );
    const body = blocks.join("\n\n");
    const tail = definitions ? "\n\n[ref]: https://example.com/ref 'Ref'" : "";
    return `${fm}${body}${tail}\n`;
  });
