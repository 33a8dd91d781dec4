using System.Text.Json;
using PuppeteerSharp;

namespace TosScan.Tests.Review;

/// <summary>
/// What the review test needs from a page, in the words the test reads: elements found by a
/// selector, narrowed to those containing some text, then by an inner selector; actions done as a
/// user's would be (events fired), and expectations that wait for the page (up to 10 s) before
/// failing with what was expected.
/// </summary>
internal sealed record Elements(string Scope, string? HasText = null, string? Inner = null, int Index = 0)
{
    public Elements Find(string inner) => this with { Inner = Inner is null ? inner : $"{Inner} {inner}" };

    public Elements Last => this with { Index = -1 };

    /// <summary>A JavaScript expression for the chosen elements (an array).</summary>
    public string All => $"(() => {{ const hosts = [...document.querySelectorAll({Js(Scope)})].filter(e => {(HasText is null ? "true" : $"e.textContent.includes({Js(HasText)})")}); return {(Inner is null ? "hosts" : $"hosts.flatMap(h => [...h.querySelectorAll({Js(Inner)})])")}; }})()";

    /// <summary>A JavaScript expression for the one element meant (first, or last).</summary>
    public string One => Index == -1 ? $"({All}).at(-1)" : $"({All})[{Index}]";

    public override string ToString() =>
        $"{Scope}{(HasText is null ? "" : $" containing \"{HasText}\"")}{(Inner is null ? "" : $" > {Inner}")}{(Index == -1 ? " (last)" : "")}";

    private static string Js(string value) => JsonSerializer.Serialize(value);
}

internal static class PageQueries
{
    private static readonly WaitForFunctionOptions Wait = new() { Timeout = 10_000, PollingInterval = 50 };

    public static Elements Locate(string scope, string? hasText = null) => new(scope, hasText);

    public static async Task ClickAsync(this IPage page, Elements e)
    {
        await page.ExpectAsync($"{e.One} !== undefined", $"{e} to exist");
        await page.EvaluateExpressionAsync($"{e.One}.click()");
    }

    /// <summary>Sets a field's value as typing would, firing input and change.</summary>
    public static async Task FillAsync(this IPage page, Elements e, string value)
    {
        await page.ExpectAsync($"{e.One} !== undefined", $"{e} to exist");
        await page.EvaluateExpressionAsync($"(() => {{ const el = {e.One}; el.value = {JsonSerializer.Serialize(value)}; el.dispatchEvent(new Event('input', {{ bubbles: true }})); el.dispatchEvent(new Event('change', {{ bubbles: true }})); }})()");
    }

    public static Task SelectAsync(this IPage page, Elements e, string value) => page.FillAsync(e, value);

    public static Task ExpectTextAsync(this IPage page, Elements e, string text) =>
        page.ExpectAsync($"({e.One})?.textContent.trim().replace(/\\s+/g, ' ') === {JsonSerializer.Serialize(text)}", $"{e} to have text \"{text}\"");

    public static Task ExpectContainsTextAsync(this IPage page, Elements e, string text) =>
        page.ExpectAsync($"({e.One})?.textContent.includes({JsonSerializer.Serialize(text)}) === true", $"{e} to contain \"{text}\"");

    public static Task ExpectAttributeAsync(this IPage page, Elements e, string name, string value) =>
        page.ExpectAsync($"({e.One})?.getAttribute({JsonSerializer.Serialize(name)}) === {JsonSerializer.Serialize(value)}", $"{e} to have {name}=\"{value}\"");

    public static Task ExpectCountAsync(this IPage page, Elements e, int count) =>
        page.ExpectAsync($"({e.All}).length === {count}", $"{count} of {e}");

    /// <summary>Waits (up to 10 s) for a JavaScript predicate, failing with <paramref name="what"/>.</summary>
    public static async Task ExpectAsync(this IPage page, string predicate, string what)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {predicate}", Wait);
        }
        catch (WaitTaskTimeoutException)
        {
            Assert.Fail($"expected {what} within 10 s on {page.Url}");
        }
    }
}
