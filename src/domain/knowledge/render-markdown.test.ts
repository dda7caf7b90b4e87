import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown structure', () => {
    const html = renderMarkdown('# Kop\n\nEen **vet** woord en [een link](https://example.org).\n\n- een\n- twee');
    expect(html).toContain('<h2>Kop</h2>');
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">een link</a>');
    expect(html).toContain('<li>twee</li>');
  });

  it('removes script tags and their content', () => {
    const html = renderMarkdown('Voor\n\n<script>alert("x")</script>\n\nNa <script src="https://evil.example/x.js"></script>');
    expect(html).not.toMatch(/script/i);
    expect(html).not.toContain('alert');
    expect(html).toContain('Voor');
  });

  it('removes event-handler attributes', () => {
    const html = renderMarkdown('<p onclick="steal()">klik</p> <a href="https://example.org" onmouseover="steal()">x</a> <img src=x onerror=steal()>');
    expect(html).not.toMatch(/on(click|mouseover|error)/i);
    expect(html).not.toContain('steal');
    expect(html).toContain('klik');
  });

  it('removes javascript: links, in Markdown and in HTML, also obfuscated', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) <a href="javascript:alert(2)">b</a> <a href="JaVaScRiPt&#58;alert(3)">c</a> <a href=" javascript:alert(4)">d</a>');
    // Markdown refuses the link (its text stays as harmless text); HTML links lose their href.
    expect(html).not.toMatch(/href/i);
    expect(html).not.toMatch(/<a[^>]*javascript/i);
  });

  it('removes SVG payloads entirely', () => {
    const html = renderMarkdown('<svg onload="steal()"><script>steal()</script><a xlink:href="javascript:steal()"><text>tekst</text></a></svg> na');
    expect(html).not.toMatch(/svg|steal|onload|xlink/i);
    expect(html).toContain('na');
  });

  it('removes data: and other unsafe schemes, iframes and styles', () => {
    const html = renderMarkdown('<a href="data:text/html;base64,PHNjcmlwdD4=">d</a><iframe src="https://x"></iframe><style>body{}</style><p style="color:red">p</p>');
    expect(html).not.toMatch(/data:|iframe|style/i);
    expect(html).toContain('<p>p</p>');
  });
});

describe('markdownToText', () => {
  it('gives plain text without markup or scripts', () => {
    expect(markdownToText('## Kop\n\nEen **vet** woord <script>x()</script>')).toBe('Kop Een vet woord');
  });
});
