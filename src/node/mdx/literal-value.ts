import type { Expression, Node } from 'estree';

/** Sentinel for "not a literal": the value is only known at run time. */
export const UNKNOWN = Symbol('unknown');

/** Evaluates a literal estree expression (objects, arrays, strings, numbers, booleans, null) without running code. */
export function literalValue(node: Node | null | undefined): unknown {
  if (!node) return UNKNOWN;
  const expression = node as Expression;
  switch (expression.type) {
    case 'Literal':
      return 'regex' in expression || 'bigint' in expression ? UNKNOWN : expression.value;
    case 'TemplateLiteral':
      return expression.expressions.length === 0 ? expression.quasis.map((quasi) => quasi.value.cooked).join('') : UNKNOWN;
    case 'UnaryExpression': {
      const inner = literalValue(expression.argument);
      return expression.operator === '-' && typeof inner === 'number' ? -inner : UNKNOWN;
    }
    case 'ArrayExpression': {
      const items = expression.elements.map((element) => (element && element.type !== 'SpreadElement' ? literalValue(element) : UNKNOWN));
      return items.includes(UNKNOWN) ? UNKNOWN : items;
    }
    case 'ObjectExpression': {
      const result: Record<string, unknown> = {};
      for (const property of expression.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return UNKNOWN;
        const key = property.key.type === 'Identifier' ? property.key.name : literalValue(property.key);
        const value = literalValue(property.value);
        if ((typeof key !== 'string' && typeof key !== 'number') || value === UNKNOWN) return UNKNOWN;
        result[String(key)] = value;
      }
      return result;
    }
    default:
      return UNKNOWN;
  }
}
