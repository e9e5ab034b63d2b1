print("stance-bench: not yet")
