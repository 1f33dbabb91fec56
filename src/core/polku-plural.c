/* polku-plural.c: which plural form of a message a number takes
 *
 * A catalogue's header says how its language picks plural forms as an
 * expression in C: "plural=(n%10==1 && n%100!=11 ? 0 : 1);". It is parsed
 * here once into a tree of nodes, then evaluated for each number. The
 * grammar is gettext's: the conditional, logical, comparison and
 * arithmetic operators, parentheses, n and decimal numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-plural-private.h"

/* A deeper or longer expression is not one a language needs. */
#define MAX_DEPTH 64
#define MAX_NODES 256
#define MAX_FORMS 16

typedef enum
{
  OP_N,
  OP_NUMBER,
  OP_NOT,
  OP_MULTIPLY,
  OP_DIVIDE,
  OP_MODULO,
  OP_ADD,
  OP_SUBTRACT,
  OP_LESS,
  OP_GREATER,
  OP_LESS_EQUAL,
  OP_GREATER_EQUAL,
  OP_EQUAL,
  OP_NOT_EQUAL,
  OP_AND,
  OP_OR,
  OP_CONDITIONAL,
} Op;

typedef struct
{
  Op     op;
  gulong value;     /* OP_NUMBER */
  guint  args[3];   /* indices of the operands */
} Node;

struct _PolkuPlural
{
  guint   n_forms;
  GArray *nodes;    /* Node */
  guint   root;
};

typedef struct
{
  const char *p;
  GArray     *nodes;
  guint       depth;
  gboolean    failed;
} Parser;

static void
skip_space (Parser *parser)
{
  while (g_ascii_isspace (*parser->p))
    parser->p++;
}

/* Takes token from the input when it comes next. */
static gboolean
accept (Parser     *parser,
        const char *token)
{
  gsize length = strlen (token);

  skip_space (parser);
  if (strncmp (parser->p, token, length) != 0)
    return FALSE;
  /* "<" is not the start of "<=", nor "=" of "==". */
  if (length == 1 && (token[0] == '<' || token[0] == '>' || token[0] == '!') && parser->p[1] == '=')
    return FALSE;
  parser->p += length;
  return TRUE;
}

static guint
add_node (Parser *parser,
          Op      op,
          guint   a,
          guint   b,
          guint   c)
{
  Node node = { op, 0, { a, b, c } };

  /* Evaluation recurses once per node at most. */
  if (parser->nodes->len >= MAX_NODES)
    {
      parser->failed = TRUE;
      return 0;
    }
  g_array_append_val (parser->nodes, node);
  return parser->nodes->len - 1;
}

static guint parse_conditional (Parser *parser);

static guint
fail (Parser *parser)
{
  parser->failed = TRUE;
  return 0;
}

static guint
parse_primary (Parser *parser)
{
  skip_space (parser);
  if (parser->failed)
    return 0;
  if (accept (parser, "("))
    {
      guint inner = parse_conditional (parser);

      if (!accept (parser, ")"))
        return fail (parser);
      return inner;
    }
  if (accept (parser, "!"))
    {
      guint operand;

      if (++parser->depth > MAX_DEPTH)
        return fail (parser);
      operand = parse_primary (parser);
      parser->depth--;
      return add_node (parser, OP_NOT, operand, 0, 0);
    }
  if (*parser->p == 'n')
    {
      parser->p++;
      return add_node (parser, OP_N, 0, 0, 0);
    }
  if (g_ascii_isdigit (*parser->p))
    {
      char *end = NULL;
      guint64 value = g_ascii_strtoull (parser->p, &end, 10);
      guint index = add_node (parser, OP_NUMBER, 0, 0, 0);

      parser->p = end;
      if (parser->failed)
        return 0;
      g_array_index (parser->nodes, Node, index).value = (gulong) MIN (value, G_MAXULONG);
      return index;
    }
  return fail (parser);
}

/* A left-associative level of binary operators: tokens[i] makes ops[i]. */
static guint
parse_binary (Parser             *parser,
              guint             (*next) (Parser *),
              const char * const *tokens,
              const Op           *ops,
              guint               n_ops)
{
  guint left = next (parser);

  while (!parser->failed)
    {
      guint i;

      for (i = 0; i < n_ops; i++)
        if (accept (parser, tokens[i]))
          break;
      if (i == n_ops)
        break;
      left = add_node (parser, ops[i], left, next (parser), 0);
    }
  return left;
}

static guint
parse_multiplicative (Parser *parser)
{
  static const char * const tokens[] = { "*", "/", "%" };
  static const Op ops[] = { OP_MULTIPLY, OP_DIVIDE, OP_MODULO };

  return parse_binary (parser, parse_primary, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_additive (Parser *parser)
{
  static const char * const tokens[] = { "+", "-" };
  static const Op ops[] = { OP_ADD, OP_SUBTRACT };

  return parse_binary (parser, parse_multiplicative, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_relational (Parser *parser)
{
  static const char * const tokens[] = { "<=", ">=", "<", ">" };
  static const Op ops[] = { OP_LESS_EQUAL, OP_GREATER_EQUAL, OP_LESS, OP_GREATER };

  return parse_binary (parser, parse_additive, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_equality (Parser *parser)
{
  static const char * const tokens[] = { "==", "!=" };
  static const Op ops[] = { OP_EQUAL, OP_NOT_EQUAL };

  return parse_binary (parser, parse_relational, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_and (Parser *parser)
{
  static const char * const tokens[] = { "&&" };
  static const Op ops[] = { OP_AND };

  return parse_binary (parser, parse_equality, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_or (Parser *parser)
{
  static const char * const tokens[] = { "||" };
  static const Op ops[] = { OP_OR };

  return parse_binary (parser, parse_and, tokens, ops, G_N_ELEMENTS (ops));
}

static guint
parse_conditional (Parser *parser)
{
  guint condition;
  guint then, otherwise;

  if (++parser->depth > MAX_DEPTH)
    return fail (parser);
  condition = parse_or (parser);
  if (!parser->failed && accept (parser, "?"))
    {
      then = parse_conditional (parser);
      if (!accept (parser, ":"))
        {
          parser->depth--;
          return fail (parser);
        }
      otherwise = parse_conditional (parser);
      condition = add_node (parser, OP_CONDITIONAL, condition, then, otherwise);
    }
  parser->depth--;
  return condition;
}

static gulong
evaluate (GArray *nodes,
          guint   index,
          gulong  n)
{
  const Node *node = &g_array_index (nodes, Node, index);
  gulong a, b;

  switch (node->op)
    {
    case OP_N:
      return n;
    case OP_NUMBER:
      return node->value;
    case OP_NOT:
      return !evaluate (nodes, node->args[0], n);
    case OP_CONDITIONAL:
      return evaluate (nodes, node->args[0], n) ? evaluate (nodes, node->args[1], n)
                                                : evaluate (nodes, node->args[2], n);
    case OP_AND:
      return evaluate (nodes, node->args[0], n) && evaluate (nodes, node->args[1], n);
    case OP_OR:
      return evaluate (nodes, node->args[0], n) || evaluate (nodes, node->args[1], n);
    case OP_MULTIPLY:
    case OP_DIVIDE:
    case OP_MODULO:
    case OP_ADD:
    case OP_SUBTRACT:
    case OP_LESS:
    case OP_GREATER:
    case OP_LESS_EQUAL:
    case OP_GREATER_EQUAL:
    case OP_EQUAL:
    case OP_NOT_EQUAL:
    default:
      break;
    }

  a = evaluate (nodes, node->args[0], n);
  b = evaluate (nodes, node->args[1], n);
  switch (node->op)
    {
    case OP_MULTIPLY:
      return a * b;
    case OP_DIVIDE:
      return b != 0 ? a / b : 0;
    case OP_MODULO:
      return b != 0 ? a % b : 0;
    case OP_ADD:
      return a + b;
    case OP_SUBTRACT:
      return a - b;
    case OP_LESS:
      return a < b;
    case OP_GREATER:
      return a > b;
    case OP_LESS_EQUAL:
      return a <= b;
    case OP_GREATER_EQUAL:
      return a >= b;
    case OP_EQUAL:
      return a == b;
    case OP_NOT_EQUAL:
      return a != b;
    case OP_N:
    case OP_NUMBER:
    case OP_NOT:
    case OP_CONDITIONAL:
    case OP_AND:
    case OP_OR:
    default:
      g_assert_not_reached ();
    }
}

PolkuPlural *
_polku_plural_new_from_header (const char *header)
{
  g_autoptr(PolkuPlural) plural = NULL;
  const char *forms;
  const char *nplurals;
  const char *expression;
  char *end = NULL;
  guint64 n_forms;
  Parser parser = { 0 };

  if (header == NULL || (forms = strstr (header, "Plural-Forms:")) == NULL)
    return NULL;
  if ((nplurals = strstr (forms, "nplurals=")) == NULL ||
      (expression = strstr (forms, "plural=")) == NULL)
    return NULL;

  n_forms = g_ascii_strtoull (nplurals + strlen ("nplurals="), &end, 10);
  if (end == nplurals + strlen ("nplurals=") || n_forms == 0 || n_forms > MAX_FORMS)
    return NULL;

  plural = g_new0 (PolkuPlural, 1);
  plural->n_forms = (guint) n_forms;
  plural->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  parser.p = expression + strlen ("plural=");
  parser.nodes = plural->nodes;
  plural->root = parse_conditional (&parser);
  /* The expression ends the header's line. */
  skip_space (&parser);
  if (parser.failed || (*parser.p != ';' && *parser.p != '\0'))
    return NULL;
  return g_steal_pointer (&plural);
}

void
_polku_plural_free (PolkuPlural *plural)
{
  if (plural == NULL)
    return;
  g_array_unref (plural->nodes);
  g_free (plural);
}

guint
_polku_plural_get_form (PolkuPlural *plural,
                        gulong       n)
{
  gulong form;

  g_return_val_if_fail (plural != NULL, 0);

  form = evaluate (plural->nodes, plural->root, n);
  return form < plural->n_forms ? (guint) form : 0;
}
