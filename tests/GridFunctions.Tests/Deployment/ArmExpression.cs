using System.Globalization;
using System.Text;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// A small evaluator of ARM template expressions (<c>[if(equals(parameters('plan'), 'flex'), …)]</c>), enough for what
/// Bicep emits for this project's templates: literals, property and index access, and the functions below. Values are
/// <see cref="string"/>, <see cref="long"/>, <see cref="bool"/>, null, <see cref="Dictionary{TKey,TValue}"/> (objects),
/// <see cref="List{T}"/> (arrays) and <see cref="ArmUnknown"/> for what only a deployment knows (<c>reference()</c>,
/// resource properties) or a function this evaluator does not implement.
/// </summary>
internal sealed class ArmExpression
{
    private readonly string _text;
    private readonly ArmScope _scope;
    private int _pos;

    private ArmExpression(string text, ArmScope scope)
    {
        _text = text;
        _scope = scope;
    }

    /// <summary>Evaluates <paramref name="text"/> (without the surrounding brackets).</summary>
    public static object? Evaluate(string text, ArmScope scope)
    {
        var parser = new ArmExpression(text, scope);
        var value = parser.Expression(evaluate: true);
        parser.SkipSpace();
        return parser._pos == text.Length ? value : throw new FormatException($"unexpected '{text[parser._pos..]}' in [{text}]");
    }

    // Parses one expression; evaluates it unless a lazy if() branch is skipped (then it only parses).
    private object? Expression(bool evaluate)
    {
        SkipSpace();
        var start = _pos;
        var value = Primary(evaluate);
        while (true)
        {
            SkipSpace();
            if (Peek('.'))
            {
                _pos++;
                var name = Identifier();
                value = evaluate ? Member(value, name, start) : null;
            }
            else if (Peek('['))
            {
                _pos++;
                var index = Expression(evaluate);
                Expect(']');
                value = evaluate ? Index(value, index, start) : null;
            }
            else
            {
                return value;
            }
        }
    }

    private object? Primary(bool evaluate)
    {
        if (Peek('\''))
        {
            return StringLiteral();
        }

        if (char.IsDigit(_text[_pos]) || _text[_pos] == '-')
        {
            var start = _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return long.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
        }

        var callStart = _pos;
        var name = Identifier();
        SkipSpace();
        if (!Peek('('))
        {
            return name switch
            {
                "true" => true,
                "false" => false,
                "null" => null,
                _ => throw new FormatException($"'{name}' is not a value in [{_text}]"),
            };
        }

        _pos++;
        if (name.Equals("if", StringComparison.OrdinalIgnoreCase))
        {
            return If(evaluate, callStart);
        }

        var args = new List<object?>();
        SkipSpace();
        while (!Peek(')'))
        {
            args.Add(Expression(evaluate));
            SkipSpace();
            if (Peek(','))
            {
                _pos++;
            }
        }

        _pos++;
        return evaluate ? ArmFunctions.Call(name, args, _scope, _text[callStart.._pos]) : null;
    }

    private object? If(bool evaluate, int callStart)
    {
        var condition = Expression(evaluate);
        Expect(',');
        var known = condition is bool;
        var whenTrue = Expression(evaluate && (!known || (bool)condition!));
        Expect(',');
        var whenFalse = Expression(evaluate && (!known || !(bool)condition!));
        Expect(')');
        if (!evaluate)
        {
            return null;
        }

        return condition switch
        {
            true => whenTrue,
            false => whenFalse,
            _ => new ArmUnknown(_text[callStart.._pos]),
        };
    }

    private object? Member(object? value, string name, int start) => value switch
    {
        ArmUnknown => new ArmUnknown(_text[start.._pos]),
        Dictionary<string, object?> obj => obj.TryGetValue(name, out var member) ? member : throw new KeyNotFoundException($"no property '{name}' in [{_text}]"),
        _ => throw new FormatException($"'.{name}' on a {value?.GetType().Name ?? "null"} in [{_text}]"),
    };

    private object? Index(object? value, object? index, int start) => (value, index) switch
    {
        (ArmUnknown, _) or (_, ArmUnknown) => new ArmUnknown(_text[start.._pos]),
        (List<object?> list, long i) => list[(int)i],
        (Dictionary<string, object?> obj, string key) => obj[key],
        _ => throw new FormatException($"cannot index {value?.GetType().Name} with {index} in [{_text}]"),
    };

    private string StringLiteral()
    {
        var text = new StringBuilder();
        _pos++;
        while (true)
        {
            if (_text[_pos] == '\'')
            {
                if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                {
                    text.Append('\'');
                    _pos += 2;
                    continue;
                }

                _pos++;
                return text.ToString();
            }

            text.Append(_text[_pos++]);
        }
    }

    private string Identifier()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$'))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw new FormatException($"name expected at {_pos} in [{_text}]");
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            throw new FormatException($"'{c}' expected at {_pos} in [{_text}]");
        }

        _pos++;
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
