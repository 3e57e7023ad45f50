"""Everyday container code: an order book of records in dicts, grouped
into dicts of lists, indexed by sets, merged, sorted with key functions,
sliced and deduplicated. dict get/setdefault/items, set union and
intersection, list append/extend/sort/slicing.

  python3.11 dict_ops.py [ROUNDS]
"""
import _harness

CATEGORY = "container"
DEFAULT_SIZE = 5200
QUICK_SIZE = 60

ORDERS = 300
CUSTOMERS = ["c%02d" % i for i in range(40)]
PRODUCTS = ["p%02d" % i for i in range(25)]

# Sum of the per-round results.
EXPECTED = {5200: 1820155, 60: 21106}


def make_orders(count, seed):
    """A list of order dicts, from a small linear congruential generator."""
    state = seed
    orders = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        orders.append({
            "id": i,
            "customer": CUSTOMERS[state % len(CUSTOMERS)],
            "product": PRODUCTS[(state >> 8) % len(PRODUCTS)],
            "quantity": 1 + (state >> 16) % 9,
        })
    return orders


def group_by(orders, field):
    groups = {}
    for order in orders:
        groups.setdefault(order[field], []).append(order)
    return groups


def totals(orders):
    """{product: total quantity}."""
    result = {}
    for order in orders:
        result[order["product"]] = result.get(order["product"], 0) + order["quantity"]
    return result


def products_by_customer(orders):
    index = {}
    for order in orders:
        if order["customer"] not in index:
            index[order["customer"]] = set()
        index[order["customer"]].add(order["product"])
    return index


def merge_counts(a, b):
    merged = dict(a)
    for key, value in b.items():
        merged[key] = merged.get(key, 0) + value
    return merged


def one_round(r):
    orders = make_orders(ORDERS, r + 1)
    by_customer = group_by(orders, "customer")
    index = products_by_customer(orders)
    # Customers who share at least 3 products with the first customer.
    first = sorted(index)[0]
    similar = [c for c in sorted(index) if c != first and len(index[c] & index[first]) >= 3]
    everything = set()
    for products in index.values():
        everything |= products
    merged = merge_counts(totals(orders[: ORDERS // 2]), totals(orders[ORDERS // 2:]))
    if merged != totals(orders):
        raise AssertionError("merged totals differ")
    top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    biggest = max(by_customer.values(), key=len)
    unique_quantities = sorted(set(o["quantity"] for o in orders))
    return (len(similar) + len(everything) + sum(v for _, v in top) + len(biggest)
            + sum(unique_quantities[-3:]))


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


if __name__ == "__main__":
    _harness.main("dict_ops", run, DEFAULT_SIZE, EXPECTED)
